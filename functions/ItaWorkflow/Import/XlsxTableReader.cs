using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ItaWorkflow.Import;

/// <summary>Reads every worksheet of an .xlsx into source rows, cells placed by their column letters.</summary>
internal static class XlsxTableReader
{
    /// <summary>Cells right of the column limit are dropped; throws <see cref="ImportLimitException"/> past the <paramref name="budget"/>'s cell count.</summary>
    public static IReadOnlyList<SourceRow> Read(Stream stream, CellBudget budget)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook part is missing.");
        var shared = XlsxCells.SharedStrings(workbook);
        var rows = new List<SourceRow>();
        var number = 0;
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            foreach (var row in part.Worksheet?.Descendants<Row>() ?? [])
            {
                number++;
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = XlsxCells.ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                    if (column >= budget.MaxColumns)
                    {
                        break;
                    }

                    while (cells.Count < column)
                    {
                        cells.Add("");
                    }

                    cells.Add(XlsxCells.TextOf(cell, shared));
                }

                budget.CountRow(cells.Count);
                rows.Add(new SourceRow(number, $"{sheet.Name?.Value}!{row.RowIndex?.Value ?? (uint)number}", cells, true));
            }
        }

        return rows;
    }
}
