using System.Text.RegularExpressions;

namespace ItaWorkflow.Import;

/// <summary>
/// Reads a responsible cell (ผู้รับผิดชอบ) into divisions normalised against the district's catalog
/// (ฝ่ายคลัง = ฝ่ายการคลัง), named persons (น.ส.รัตนพร ตันพันธ์), and names it does not know.
/// "ทุกฝ่าย" and "ฝ่ายอื่นๆ" mean every division of the district, the divisions named with it first (they lead).
/// </summary>
internal sealed partial class ResponsibleParser
{
    /// <summary>The division that coordinates ITA work in a district office; it holds measures until a reviewer chooses.</summary>
    public const string LeadDivision = "ฝ่ายปกครอง";

    private const char MarkStart = '\u0001';
    private const char MarkEnd = '\u0002';
    private readonly IReadOnlyList<DivisionCatalog> catalog;
    private readonly (string Alias, int Index)[] aliases;

    public ResponsibleParser(IReadOnlyList<DivisionCatalog> catalog)
    {
        this.catalog = catalog;
        aliases =
        [
            .. catalog
                .SelectMany((d, i) => new[] { d.Name }.Concat(d.Aliases).Select(a => (Alias: Squeeze(a), Index: i)))
                .Where(a => a.Alias.Length > 0)
                .OrderByDescending(a => a.Alias.Length),
        ];
    }

    public ParsedResponsible Parse(string cell)
    {
        var text = Squeeze(cell);
        var persons = new List<string>();
        text = Person().Replace(text, m =>
        {
            persons.Add(Spaces().Replace(m.Value.Trim(), " "));
            return " ";
        });

        var all = false;
        text = AllDivisions().Replace(text, _ =>
        {
            all = true;
            return " ";
        });

        foreach (var (alias, index) in aliases)
        {
            if (text.Contains(alias, StringComparison.Ordinal))
            {
                text = text.Replace(alias, $" {MarkStart}{index}{MarkEnd} ", StringComparison.Ordinal);
            }
        }

        var found = new List<string>();
        foreach (Match mark in Marker().Matches(text))
        {
            var name = catalog[int.Parse(mark.Groups["i"].Value, System.Globalization.CultureInfo.InvariantCulture)].Name;
            if (!found.Contains(name))
            {
                found.Add(name);
            }
        }

        text = Marker().Replace(text, " ");
        var unknown = new List<string>();
        text = UnknownDivision().Replace(text, m =>
        {
            unknown.Add(m.Value.Trim());
            return " ";
        });

        var leftOver = Spaces().Replace(Connectors().Replace(text, " "), " ").Trim();
        var divisions = all ? [.. found, .. catalog.Select(d => d.Name).Where(n => !found.Contains(n))] : found;
        return new ParsedResponsible(divisions, persons, unknown, leftOver, all);
    }

    /// <summary>Joins "ฝ่าย สิ่งแวดล้อม ฯ" into "ฝ่ายสิ่งแวดล้อมฯ" so names compare regardless of stray spaces.</summary>
    private static string Squeeze(string text)
    {
        var squeezed = DivisionSpace().Replace(CellText.Clean(text).Replace('\n', ' '), "$1");
        squeezed = SpaceBeforeAbbreviation().Replace(squeezed, "ฯ");
        return squeezed.Replace("อื่น ๆ", "อื่นๆ", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<![\u0E00-\u0E7F.])(?:นางสาว|น\.ส\.|นาง|นาย|ว่าที่\s?ร\.?\s?ต\.?(?:หญิง)?|ดร\.)\s?[\u0E00-\u0E7F]+(?:\s(?!ฝ่าย|กลุ่มงาน|และ|ทุกฝ่าย|นาย|นาง|น\.ส\.|ว่าที่|ดร\.)[\u0E00-\u0E7F]+)?")]
    private static partial Regex Person();

    [GeneratedRegex(@"(?:เจ้าหน้าที่)?ทุกฝ่าย|ฝ่ายอื่นๆ|ฝ่ายอื่น|ทุกหน่วยงาน")]
    private static partial Regex AllDivisions();

    [GeneratedRegex("\u0001(?<i>[0-9]+)\u0002")]
    private static partial Regex Marker();

    [GeneratedRegex(@"(?:ฝ่าย|กลุ่มงาน)[^\s,/]+?(?=และ|\s|,|/|$)")]
    private static partial Regex UnknownDivision();

    [GeneratedRegex(@"(?<![\u0E00-\u0E7F])และ|,|/|;|\(|\)|-|(?<![\u0E00-\u0E7F])เจ้าหน้าที่(?![\u0E00-\u0E7F])")]
    private static partial Regex Connectors();

    [GeneratedRegex(@"(ฝ่าย|กลุ่มงาน)\s+")]
    private static partial Regex DivisionSpace();

    [GeneratedRegex(@"\s+ฯ")]
    private static partial Regex SpaceBeforeAbbreviation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
