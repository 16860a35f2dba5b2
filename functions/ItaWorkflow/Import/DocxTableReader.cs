using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ItaWorkflow.Import;

/// <summary>Reads the tables of a .docx (and the paragraphs between them) into source rows.</summary>
internal static class DocxTableReader
{
    /// <summary>Returns null when the document has no table; throws <see cref="ImportLimitException"/> past the <paramref name="budget"/>.</summary>
    public static IReadOnlyList<SourceRow>? Read(Stream stream, CellBudget budget)
    {
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null || !body.Descendants<Table>().Any())
        {
            return null;
        }

        var rows = new List<SourceRow>();
        var number = 0;
        var tableNumber = 0;
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Table table:
                    tableNumber++;
                    var rowNumber = 0;
                    foreach (var row in table.Elements<TableRow>())
                    {
                        number++;
                        rowNumber++;
                        var cells = CellsOf(row, budget);
                        budget.CountRow(cells.Count);
                        rows.Add(new SourceRow(number, $"table {tableNumber}, row {rowNumber}", cells, true));
                    }

                    break;
                case Paragraph paragraph:
                    var text = TextOf(paragraph);
                    if (text.Trim().Length > 0)
                    {
                        budget.CountRow(1);
                        number++;
                        rows.Add(new SourceRow(number, $"paragraph after table {tableNumber}", [text], false));
                    }

                    break;
            }
        }

        return rows;
    }

    private static List<string> CellsOf(TableRow row, CellBudget budget)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<TableCell>())
        {
            var properties = cell.TableCellProperties;
            var continuesMerge = properties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
            cells.Add(continuesMerge ? "" : string.Join("\n", cell.Elements<Paragraph>().Select(TextOf)));
            var span = properties?.GridSpan?.Val?.Value ?? 1;
            budget.CheckWidth((long)cells.Count + Math.Max(0, span - 1));
            for (var i = 1; i < span; i++)
            {
                cells.Add("");
            }
        }

        return cells;
    }

    private static string TextOf(OpenXmlElement paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            TabChar => " ",
            Break => "\n",
            _ => "",
        }));
}
