namespace ItaWorkflow.Import;

/// <summary>Why a table row is not a measure, and what it says about the rows that follow.</summary>
/// <param name="Reason">Thai reason with English in parentheses, for the unaccounted-text finding.</param>
/// <param name="StartsOtherTable">The header of another table (a survey score table, a KPI table): rows after it are that table's.</param>
/// <param name="IsHeaderFragment">Part of the plan table's own header repeated after a page break.</param>
internal sealed record RowKind(string Reason, bool StartsOtherTable, bool IsHeaderFragment);
