using ItaWorkflow.Domain;

namespace ItaWorkflow.Import;

/// <summary>The outcome of importing one file: a draft plan with findings, or an error and no draft.</summary>
/// <param name="Draft">The draft plan; null when <paramref name="Error"/> is set.</param>
/// <param name="Findings">Problems noticed and assumptions made, in source order.</param>
/// <param name="Error">Why the file could not be imported, if it could not.</param>
/// <param name="Stats">Counts for summaries and reports.</param>
public sealed record ImportResult(Plan? Draft, IReadOnlyList<ImportFinding> Findings, ImportError? Error, ImportStats Stats)
{
    /// <summary>True when a draft was produced.</summary>
    public bool Succeeded => Draft is not null && Error is null;

    internal static ImportResult Failed(ImportError error, string format = "", int rowsRead = 0) =>
        new(null, [], error, new ImportStats(format, rowsRead, 0, 0, 0));
}
