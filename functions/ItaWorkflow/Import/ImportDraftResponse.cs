using ItaWorkflow.Domain;

namespace ItaWorkflow.Import;

/// <summary>What the import endpoint and <c>import --json</c> return: the draft measures and the findings, or the error.</summary>
/// <param name="District">District office.</param>
/// <param name="FiscalYear">BE fiscal year.</param>
/// <param name="Measures">Draft measures; empty when the file could not be imported.</param>
/// <param name="Findings">Findings in source order.</param>
/// <param name="Stats">Counts of the run.</param>
/// <param name="Error">Why nothing could be imported, if so.</param>
/// <param name="Stored">Whether the draft was kept (pending confirmation for HTTP, as the district's draft for the CLI).</param>
public sealed record ImportDraftResponse(
    string District,
    int FiscalYear,
    IReadOnlyList<Measure> Measures,
    IReadOnlyList<ImportFinding> Findings,
    ImportStats Stats,
    ImportError? Error,
    bool Stored)
{
    public static ImportDraftResponse From(ImportResult result, string district, int fiscalYear, bool stored) =>
        new(district, fiscalYear, result.Draft?.Measures ?? [], result.Findings, result.Stats, result.Error, stored);
}
