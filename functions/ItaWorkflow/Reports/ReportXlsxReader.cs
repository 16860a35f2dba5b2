using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ItaWorkflow.Import;

namespace ItaWorkflow.Reports;

/// <summary>Reads back a workbook written by <see cref="ReportXlsxWriter"/>, undoing its formula escaping.</summary>
public static class ReportXlsxReader
{
    /// <summary>The measure rows (the heading row is skipped).</summary>
    public static IReadOnlyList<ReportXlsxRow> Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var document = SpreadsheetDocument.Open(input, isEditable: false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("ไฟล์ไม่มีสมุดงาน / The file has no workbook.");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
            ?? throw new InvalidDataException("ไฟล์ไม่มีแผ่นงาน / The workbook has no sheet.");
        var worksheet = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = XlsxCells.SharedStrings(workbook);
        var quoteStyles = workbook.WorkbookStylesPart?.Stylesheet.CellFormats?.Elements<CellFormat>()
            .Select(f => f.QuotePrefix?.Value == true).ToList() ?? [];

        var rows = new List<ReportXlsxRow>();
        foreach (var row in worksheet.Worksheet.Descendants<Row>().Where(r => r.RowIndex?.Value > 1))
        {
            var values = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = XlsxCells.ColumnIndex(cell.CellReference?.Value) ?? values.Count;
                while (values.Count < column)
                {
                    values.Add("");
                }

                var text = XlsxCells.TextOf(cell, shared);
                var style = (int)(cell.StyleIndex?.Value ?? 0U);
                if (style < quoteStyles.Count && quoteStyles[style] && text.StartsWith('\''))
                {
                    text = text[1..];
                }

                values.Add(text);
            }

            rows.Add(ReportXlsxRow.FromValues(values));
        }

        return rows;
    }
}
