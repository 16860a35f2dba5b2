using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ItaWorkflow.Import;

/// <summary>Reads every worksheet of an .xlsx into source rows, cells placed by their column letters.</summary>
internal static class XlsxTableReader
{
    public static IReadOnlyList<SourceRow> Read(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook part is missing.");
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
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
                    var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                    if (column > 200)
                    {
                        break;
                    }

                    while (cells.Count < column)
                    {
                        cells.Add("");
                    }

                    cells.Add(ValueOf(cell, shared));
                }

                rows.Add(new SourceRow(number, $"{sheet.Name?.Value}!{row.RowIndex?.Value ?? (uint)number}", cells, true));
            }
        }

        return rows;
    }

    private static string ValueOf(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString
            && int.TryParse(cell.CellValue?.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return index >= 0 && index < shared.Length ? shared[index] : "";
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        return cell.CellValue?.Text ?? "";
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            index = index * 26 + (c - 'A' + 1);
        }

        return index == 0 ? null : index - 1;
    }
}
