using System.Globalization;
using System.Text.RegularExpressions;
using ItaWorkflow.Domain;
using ItaWorkflow.Domain.Ita;

namespace ItaWorkflow.Import;

/// <summary>
/// Reads ITA question codes as extracted documents write them: Thai or Arabic digits, <c>O</c>/<c>0</c>/<c>๐</c>
/// prefixes on OIT items, an <c>I</c> read as <c>1</c> (<c>1๘</c> = I8, <c>112.</c> = I12), and ranges (<c>O๑ - O๒๒</c>).
/// </summary>
internal static partial class QuestionCodeParser
{
    /// <summary>Codes at the very start of a cell. Bare numbers need the tool from context.</summary>
    public static ParsedCodes Leading(string cell, ItaTool? contextTool)
    {
        var text = ThaiDigits.ToArabic(cell);
        var match = LeadingCode().Match(text);
        if (!match.Success)
        {
            return ParsedCodes.None;
        }

        var prefix = match.Groups["p"].Value;
        var digits = match.Groups["n"].Value;
        ItaTool? tool;
        var number = 0;
        var repaired = false;
        switch (prefix.ToUpperInvariant())
        {
            case "I":
                tool = ItaTool.Iit;
                break;
            case "E":
                tool = ItaTool.Eit;
                break;
            case "O":
                tool = ItaTool.Oit;
                break;
            default:
                tool = null;
                break;
        }

        if (tool is null)
        {
            // No letter: the first digit may be a mangled prefix (0 for O, 1 for I), or the tool comes from the section.
            if (digits.Length >= 2 && digits[0] == '0' && contextTool is null or ItaTool.Oit)
            {
                tool = ItaTool.Oit;
                digits = digits[1..];
                repaired = contextTool is null;
            }
            else if (digits.Length >= 2 && digits[0] == '1' && contextTool == ItaTool.Iit)
            {
                tool = ItaTool.Iit;
                digits = digits[1..];
                repaired = true;
            }
            else if (contextTool == ItaTool.Oit)
            {
                tool = ItaTool.Oit;
            }
            else
            {
                return ParsedCodes.None;
            }
        }

        number = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        var first = new QuestionCode(tool.Value, number);
        if (!first.IsValid)
        {
            return new ParsedCodes([], null, match.Value.Trim());
        }

        var codes = new List<QuestionCode> { first };
        if (match.Groups["n2"].Success)
        {
            var secondDigits = match.Groups["n2"].Value;
            if (!match.Groups["p2"].Success && tool == ItaTool.Iit && repaired && secondDigits.Length >= 2 && secondDigits[0] == '1')
            {
                secondDigits = secondDigits[1..];
            }

            var last = int.Parse(secondDigits, NumberStyles.None, CultureInfo.InvariantCulture);
            if (last > number && new QuestionCode(tool.Value, last).IsValid)
            {
                for (var n = number + 1; n <= last; n++)
                {
                    codes.Add(new QuestionCode(tool.Value, n));
                }
            }
        }

        return new ParsedCodes(codes, repaired ? match.Value.Trim() : null, null);
    }

    /// <summary>Codes written with their letter anywhere in the text (<c>OIT (O1 – O17)</c>).</summary>
    public static IReadOnlyList<QuestionCode> Anywhere(string cell)
    {
        var text = ThaiDigits.ToArabic(cell);
        var codes = new List<QuestionCode>();
        foreach (Match match in PrefixedCode().Matches(text))
        {
            if (!QuestionCode.TryParse(match.Groups["p"].Value + match.Groups["n"].Value, out var first))
            {
                continue;
            }

            AddDistinct(codes, first);
            if (match.Groups["n2"].Success
                && int.TryParse(match.Groups["n2"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var last)
                && last > first.Number
                && new QuestionCode(first.Tool, last).IsValid)
            {
                for (var n = first.Number + 1; n <= last; n++)
                {
                    AddDistinct(codes, new QuestionCode(first.Tool, n));
                }
            }
        }

        return codes;
    }

    private static void AddDistinct(List<QuestionCode> codes, QuestionCode code)
    {
        if (!codes.Contains(code))
        {
            codes.Add(code);
        }
    }

    [GeneratedRegex(@"^\s*(?<p>[IiEeOo])?\s?(?<n>[0-9]{1,3})(?:\s*[-–—]\s*(?<p2>[IiEeOo])?\s?(?<n2>[0-9]{1,3}))?(?=[\s.):]|$)")]
    private static partial Regex LeadingCode();

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?<p>[IEO])\s?(?<n>[0-9]{1,2})(?:\s*[-–—]\s*[IEO]?\s?(?<n2>[0-9]{1,2}))?(?![0-9])")]
    private static partial Regex PrefixedCode();
}
