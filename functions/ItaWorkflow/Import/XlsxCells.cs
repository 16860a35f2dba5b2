using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ItaWorkflow.Import;

/// <summary>Cell addressing and cell text of .xlsx worksheets, shared by the plan importer/exporter and the report workbook.</summary>
internal static class XlsxCells
{
    /// <summary>Column letters of a zero-based column index: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Zero-based column index of a cell reference (<c>C7</c> → 2); null when it has no column letters.</summary>
    public static int? ColumnIndex(string? reference)
    {
        var index = 0;
        foreach (var c in (reference ?? "").TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index == 0 ? null : index - 1;
    }

    /// <summary>The workbook's shared strings, in index order.</summary>
    public static IReadOnlyList<string> SharedStrings(WorkbookPart workbook) =>
        workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];

    /// <summary>The text of a cell: inline text, the shared string it points to (empty when out of range), or its raw value.</summary>
    public static string TextOf(Cell cell, IReadOnlyList<string> shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString
            && int.TryParse(cell.CellValue?.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return index < shared.Count ? shared[index] : "";
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        return cell.CellValue?.Text ?? "";
    }
}
