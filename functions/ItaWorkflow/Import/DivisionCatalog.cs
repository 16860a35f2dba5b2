namespace ItaWorkflow.Import;

/// <summary>A division (ฝ่าย) of a district office and the other ways plans write its name.</summary>
/// <param name="Name">Canonical name, e.g. ฝ่ายการคลัง.</param>
/// <param name="Aliases">Other spellings, e.g. ฝ่ายคลัง.</param>
public sealed record DivisionCatalog(string Name, IReadOnlyList<string> Aliases);
