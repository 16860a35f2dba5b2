namespace ItaWorkflow.Import;

/// <summary>One row as a reader produced it: raw cells, or a single line of text outside any table.</summary>
/// <param name="Number">Line number (text) or running row number (documents), 1-based.</param>
/// <param name="Location">Where it is, for findings: <c>line 12</c>, <c>table 2, row 3</c>, <c>Sheet1!5</c>.</param>
/// <param name="Cells">Raw cell texts.</param>
/// <param name="IsTableRow">False for prose lines between tables.</param>
internal sealed record SourceRow(int Number, string Location, IReadOnlyList<string> Cells, bool IsTableRow);
