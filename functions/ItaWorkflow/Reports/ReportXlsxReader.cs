using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ItaWorkflow.Import;

namespace ItaWorkflow.Reports;

/// <summary>Reads back the measure rows of a workbook written by <see cref="ReportXlsxWriter"/>.</summary>
public static class ReportXlsxReader
{
    /// <summary>The measure rows (the title block and the heading row are skipped).</summary>
    public static IReadOnlyList<ReportXlsxRow> Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var document = SpreadsheetDocument.Open(input, isEditable: false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("ไฟล์ไม่มีสมุดงาน / The file has no workbook.");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
            ?? throw new InvalidDataException("ไฟล์ไม่มีแผ่นงาน / The workbook has no sheet.");
        var worksheet = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = XlsxCells.SharedStrings(workbook);
        var rows = new List<ReportXlsxRow>();
        foreach (var row in worksheet.Worksheet.Descendants<Row>().Where(r => r.RowIndex?.Value > ReportXlsxWriter.HeaderRowIndex))
        {
            var values = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = XlsxCells.ColumnIndex(cell.CellReference?.Value) ?? values.Count;
                while (values.Count < column)
                {
                    values.Add("");
                }

                values.Add(XlsxCells.TextOf(cell, shared));
            }

            rows.Add(ReportXlsxRow.FromValues(values));
        }

        return rows;
    }
}
