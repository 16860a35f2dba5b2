using ItaWorkflow.Reports;
namespace ItaWorkflow.Workflow.Plans;

/// <summary>State of one round's report.</summary>
/// <param name="Round">The round.</param>
/// <param name="Stage">Where it is.</param>
/// <param name="DocxBlob">Blob name of the generated .docx, once compiled.</param>
/// <param name="XlsxBlob">Blob name of the generated .xlsx, once compiled.</param>
/// <param name="MissingMeasures">Measures without approved progress at compile time.</param>
/// <param name="Compilations">How many times it was compiled (returns recompile it).</param>
/// <param name="LastComment">Last return comment.</param>
/// <param name="PublishedAt">When it was published.</param>
public sealed record RoundReport(
    ReportRound Round,
    ReportStage Stage,
    string? DocxBlob,
    string? XlsxBlob,
    IReadOnlyList<string> MissingMeasures,
    int Compilations,
    string? LastComment,
    DateTimeOffset? PublishedAt);
