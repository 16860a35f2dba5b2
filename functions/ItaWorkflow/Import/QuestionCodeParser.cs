using System.Globalization;
using System.Text.RegularExpressions;
using ItaWorkflow.Domain;
using ItaWorkflow.Domain.Ita;

namespace ItaWorkflow.Import;

/// <summary>
/// Reads ITA question codes as extracted documents write them: Thai or Arabic digits, <c>O</c>/<c>0</c>/<c>๐</c>
/// prefixes on OIT items, an <c>I</c> read as <c>1</c> or <c>๑</c>, bare numbers under an IIT indicator, codes after
/// a bullet, and ranges (<c>O๑ - O๒๒</c>). Which reading of <c>13</c> is meant (I13 or I3) is decided by the question
/// ranges of the row's indicator in the plan year's question set, never by always dropping a leading 1.
/// </summary>
internal static partial class QuestionCodeParser
{
    /// <summary>Codes at the very start of a cell. Bare numbers need the tool (and for IIT the indicator) from context.</summary>
    public static ParsedCodes Leading(string cell, ItaTool? contextTool, int? contextIndicator, ItaQuestionSet set)
    {
        var text = ThaiDigits.ToArabic(cell);
        text = text[Bullet().Match(text).Length..];
        var match = LeadingCode().Match(text);
        if (!match.Success)
        {
            return ParsedCodes.None;
        }

        var raw = match.Value.Trim();
        var digits = match.Groups["n"].Value;
        ItaTool? tool = match.Groups["p"].Value.ToUpperInvariant() switch
        {
            "I" => ItaTool.Iit,
            "E" => ItaTool.Eit,
            "O" => ItaTool.Oit,
            _ => null,
        };
        var repaired = false;
        if (tool is null)
        {
            // No letter: the first digit may be a mangled prefix (0 for O, 1 for I), or the tool comes from the section.
            if (digits.Length >= 2 && digits[0] == '0' && contextTool is null or ItaTool.Oit)
            {
                tool = ItaTool.Oit;
                digits = digits[1..];
                repaired = contextTool is null;
            }
            else if (contextTool == ItaTool.Oit)
            {
                tool = ItaTool.Oit;
            }
            else if (contextTool == ItaTool.Iit && digits.Length >= 2)
            {
                return ReadUnlettered(raw, digits, match.Groups["n2"].Success ? match.Groups["n2"].Value : null, contextIndicator, set);
            }
            else
            {
                return ParsedCodes.None;
            }
        }

        var number = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        var first = new QuestionCode(tool.Value, number);
        if (!set.IsValid(first))
        {
            return new ParsedCodes([], null, raw, OtherSetFitting(set, [first], null));
        }

        var codes = new List<QuestionCode> { first };
        if (match.Groups["n2"].Success)
        {
            AddRange(codes, first, int.Parse(match.Groups["n2"].Value, NumberStyles.None, CultureInfo.InvariantCulture), set);
        }

        return new ParsedCodes(codes, repaired ? raw : null, null);
    }

    /// <summary>Codes written with their letter anywhere in the text (<c>OIT (O1 – O17)</c>) that exist in the set.</summary>
    public static IReadOnlyList<QuestionCode> Anywhere(string cell, ItaQuestionSet set)
    {
        var text = ThaiDigits.ToArabic(cell);
        var codes = new List<QuestionCode>();
        foreach (Match match in PrefixedCode().Matches(text))
        {
            // Parsed against the set, not QuestionCode.TryParse: I26–I30 exist only from ITA 2567 on.
            var tool = match.Groups["p"].Value switch { "I" => ItaTool.Iit, "E" => ItaTool.Eit, _ => ItaTool.Oit };
            var first = new QuestionCode(tool, int.Parse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture));
            if (!set.IsValid(first))
            {
                continue;
            }

            AddDistinct(codes, first);
            if (match.Groups["n2"].Success
                && int.TryParse(match.Groups["n2"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var last))
            {
                AddRange(codes, first, last, set);
            }
        }

        return codes;
    }

    /// <summary>
    /// A number under an IIT indicator without its letter: <c>13</c> is I13 or I3 (an I read as 1), <c>๒๑</c> is I21.
    /// The reading that falls in the indicator's range wins; one that falls in it only in another year's set is a
    /// contradiction; otherwise the only reading that exists (the codes then decide the indicator); none or two is a
    /// finding, never a guess.
    /// </summary>
    private static ParsedCodes ReadUnlettered(string raw, string digits, string? secondDigits, int? indicator, ItaQuestionSet set)
    {
        var readings = Readings(digits).Select(n => new QuestionCode(ItaTool.Iit, n)).ToList();
        bool Fits(ItaQuestionSet s, QuestionCode c) => s.IsValid(c) && (indicator is not { } i || s.IndicatorOf(c) == i);
        var fitting = readings.Where(c => Fits(set, c)).ToList();
        if (fitting.Count == 0)
        {
            // A reading in the indicator's range of another year's set means the document contradicts the plan year.
            if (ItaModel.QuestionSets.FirstOrDefault(s => s != set && readings.Count(c => Fits(s, c)) == 1) is { } other)
            {
                return new ParsedCodes([], null, raw, other);
            }

            // Otherwise a single reading that exists at all means the indicator's heading row is missing.
            fitting = indicator is null ? [] : [.. readings.Where(set.IsValid)];
        }

        if (fitting.Count != 1)
        {
            return new ParsedCodes([], null, raw);
        }

        var first = fitting[0];
        var codes = new List<QuestionCode> { first };
        if (secondDigits is not null)
        {
            // The end of a range carries the same mangled prefix as its start, if its start had one.
            var stripped = first.Number.ToString(CultureInfo.InvariantCulture) != digits && secondDigits.Length >= 2 && secondDigits[0] == '1';
            AddRange(codes, first, int.Parse(stripped ? secondDigits[1..] : secondDigits, NumberStyles.None, CultureInfo.InvariantCulture), set);
        }

        return new ParsedCodes(codes, raw, null);
    }

    private static IEnumerable<int> Readings(string digits)
    {
        if (digits[0] != '0')
        {
            yield return int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        if (digits.Length >= 2 && digits[0] == '1' && digits[1] != '0')
        {
            yield return int.Parse(digits.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Another year's set in which all the codes exist (and belong to the indicator, when one is given).</summary>
    public static ItaQuestionSet? OtherSetFitting(ItaQuestionSet set, IReadOnlyList<QuestionCode> codes, int? indicator) =>
        ItaModel.QuestionSets.FirstOrDefault(s => s != set && codes.All(c => s.IsValid(c) && (indicator is not { } i || s.IndicatorOf(c) == i)));

    private static void AddRange(List<QuestionCode> codes, QuestionCode first, int last, ItaQuestionSet set)
    {
        if (last <= first.Number || !set.IsValid(new QuestionCode(first.Tool, last)))
        {
            return;
        }

        for (var n = first.Number + 1; n <= last; n++)
        {
            AddDistinct(codes, new QuestionCode(first.Tool, n));
        }
    }

    private static void AddDistinct(List<QuestionCode> codes, QuestionCode code)
    {
        if (!codes.Contains(code))
        {
            codes.Add(code);
        }
    }

    [GeneratedRegex(@"^\s*[-–•·*]\s*")]
    private static partial Regex Bullet();

    // A decimal (92.35) is a score, not a code.
    [GeneratedRegex(@"^\s*(?<p>[IiEeOo])?\s?(?<n>[0-9]{1,3})(?:\s*[-–—]\s*(?<p2>[IiEeOo])?\s?(?<n2>[0-9]{1,3}))?(?=[\s.):]|$)(?!\.[0-9])")]
    private static partial Regex LeadingCode();

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?<p>[IEO])\s?(?<n>[0-9]{1,2})(?:\s*[-–—]\s*[IEO]?\s?(?<n2>[0-9]{1,2}))?(?![0-9])")]
    private static partial Regex PrefixedCode();
}
