namespace ItaWorkflow.Import;

/// <summary>
/// Something the importer noticed in one place of the source file: what is wrong and what it assumed,
/// so the coordinator can fix the source or the draft.
/// </summary>
/// <param name="Severity">How much it matters.</param>
/// <param name="Code">The kind of problem.</param>
/// <param name="Row">Source row number (line number for text files, row number for tables), 0 when not tied to a row.</param>
/// <param name="Location">Human-readable place, e.g. <c>line 412</c> or <c>table 1, row 5</c>.</param>
/// <param name="Column">Header text of the column concerned, if any.</param>
/// <param name="MeasureId">The draft measure concerned, if any.</param>
/// <param name="Message">What is wrong, in Thai.</param>
/// <param name="MessageEn">What is wrong, in English.</param>
/// <param name="Assumed">The value the importer used instead, if any.</param>
public sealed record ImportFinding(
    FindingSeverity Severity,
    FindingCode Code,
    int Row,
    string Location,
    string? Column,
    string? MeasureId,
    string Message,
    string MessageEn,
    string? Assumed);
