using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Reports;

/// <summary>One round of one district plan as the reports page lists it.</summary>
/// <param name="PlanInstanceId">The plan instance.</param>
/// <param name="District">The district.</param>
/// <param name="FiscalYear">Fiscal year (Buddhist Era).</param>
/// <param name="Round">First half or full year.</param>
/// <param name="Stage">The plan's stage for the round.</param>
/// <param name="Status">The status shown.</param>
/// <param name="Official">The document of the review and publication, once the workflow compiled it.</param>
/// <param name="Draft">The latest draft an admin compiled, if any.</param>
/// <param name="DraftAt">When that draft was compiled.</param>
/// <param name="MissingMeasures">Measures without approved progress when the workflow last compiled it.</param>
/// <param name="LastComment">The last reviewer comment.</param>
/// <param name="Forwarded">The coordinator's latest forwarding to the director.</param>
/// <param name="Approved">The director's approval.</param>
/// <param name="OpensAt">When the round opens.</param>
public sealed record ReportRoundView(
    string PlanInstanceId,
    string District,
    int FiscalYear,
    ReportRound Round,
    ReportStage Stage,
    ReportStatus Status,
    StoredReportFiles? Official,
    StoredReportFiles? Draft,
    DateTimeOffset? DraftAt,
    IReadOnlyList<string> MissingMeasures,
    string? LastComment,
    ReportDecision? Forwarded,
    ReportDecision? Approved,
    DateTimeOffset OpensAt);
