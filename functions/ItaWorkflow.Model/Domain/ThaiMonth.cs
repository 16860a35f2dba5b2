namespace ItaWorkflow.Domain;

/// <summary>A Thai month name with its abbreviation.</summary>
/// <param name="Number">1 (January, มกราคม) to 12.</param>
/// <param name="FullName">e.g. มีนาคม.</param>
/// <param name="Abbreviation">e.g. มี.ค.</param>
public sealed record ThaiMonth(int Number, string FullName, string Abbreviation);
