namespace ItaWorkflow.Import;

/// <summary>Counts describing one import run.</summary>
/// <param name="Format">The format read: tsv, csv, docx or xlsx.</param>
/// <param name="RowsRead">Every row the reader produced (text lines, table rows).</param>
/// <param name="TableRows">Data rows inside recognised measure tables (headers excluded).</param>
/// <param name="Measures">Measures in the draft.</param>
/// <param name="Findings">Findings raised.</param>
public sealed record ImportStats(string Format, int RowsRead, int TableRows, int Measures, int Findings);
