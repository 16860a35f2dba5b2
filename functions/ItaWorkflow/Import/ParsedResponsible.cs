namespace ItaWorkflow.Import;

/// <summary>The responsible cell read: canonical divisions, named persons, names not in the directory, and text left over.</summary>
internal sealed record ParsedResponsible(
    IReadOnlyList<string> Divisions,
    IReadOnlyList<string> Persons,
    IReadOnlyList<string> UnknownDivisions,
    string LeftOver,
    bool AllDivisions);
