using System.Text;

namespace ItaWorkflow.Import;

/// <summary>Reads tab-separated text (tables extracted from Word/PDF) and CSV into source rows.</summary>
internal static class DelimitedTextReader
{
    /// <summary>Each line is a row; lines with tabs are table rows, the rest are prose.</summary>
    public static IReadOnlyList<SourceRow> ReadTabSeparated(string text)
    {
        var rows = new List<SourceRow>();
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Trim().Length == 0)
            {
                continue;
            }

            var isTable = trimmed.Contains('\t', StringComparison.Ordinal);
            rows.Add(new SourceRow(number, $"line {number}", isTable ? trimmed.Split('\t') : [trimmed], isTable));
        }

        return rows;
    }

    /// <summary>RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. A semicolon separator is detected.</summary>
    public static IReadOnlyList<SourceRow> ReadCsv(string text)
    {
        var firstLine = text.AsSpan(0, Math.Min(text.Length, 4096));
        var separator = firstLine.Count(';') > firstLine.Count(',') ? ';' : ',';
        var rows = new List<SourceRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var inQuotes = false;
        var line = 1;
        var rowStart = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    cell.Append(c);
                }

                continue;
            }

            if (c == '"' && cell.Length == 0)
            {
                inQuotes = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                cells.Add(cell.ToString());
                cell.Clear();
                AddRow(rows, cells, rowStart);
                cells = [];
                line++;
                rowStart = line;
            }
            else if (c != '\r')
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        AddRow(rows, cells, rowStart);
        return rows;
    }

    private static void AddRow(List<SourceRow> rows, List<string> cells, int line)
    {
        if (cells.Any(c => c.Trim().Length > 0))
        {
            rows.Add(new SourceRow(line, $"line {line}", cells, true));
        }
    }
}
