using System.Globalization;
using System.Text.RegularExpressions;
using ItaWorkflow.Domain;
using ItaWorkflow.Domain.Ita;

namespace ItaWorkflow.Import;

/// <summary>
/// Recognises indicator headings (<c>ตัวชี้วัดที่ ๒ การใช้งบประมาณ</c>, <c>๑) การปฏิบัติหน้าที่</c>,
/// <c>ตัวชี้วัดย่อยที่ ๙.๓ …</c>, <c>๙.๑ ข้อมูลพื้นฐาน</c>), tool sections and scores.
/// </summary>
internal static partial class IndicatorParser
{
    private static readonly (int Number, string Key)[] NameKeys =
    [
        .. ItaModel.Indicators
            .SelectMany(i => new[] { i.ThaiName }.Concat(i.Aliases).Select(n => (i.Number, Key: CellText.Key(n))))
            .OrderByDescending(n => n.Key.Length),
    ];

    /// <summary>The indicator a heading names; the name wins over a contradicting number.</summary>
    public static IndicatorHeading? TryParseHeading(string cell, bool allowSubsection)
    {
        var text = ThaiDigits.ToArabic(cell).TrimStart();
        var match = Heading().Match(text);
        if (!match.Success && allowSubsection)
        {
            match = Subsection().Match(text);
        }

        int? written = null;
        string rest;
        if (match.Success)
        {
            written = int.Parse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            rest = text[(match.Index + match.Length)..];
        }
        else
        {
            rest = text;
        }

        var byName = NumberFromName(rest);
        if (byName is null && (written is null or < 1 or > 10))
        {
            return null;
        }

        var number = byName ?? written!.Value;
        return new IndicatorHeading(number, ScoreIn(text), written is { } w && w != number ? w : null);
    }

    /// <summary>The tool a section line announces (<c>… (IIT)</c>, <c>แบบวัดการรับรู้…ภายนอก</c>).</summary>
    public static ItaTool? TryParseTool(string cell)
    {
        var key = CellText.Key(cell);
        if (key.Contains("(iit)", StringComparison.Ordinal) || key.Contains("ภายใน(", StringComparison.Ordinal))
        {
            return ItaTool.Iit;
        }

        if (key.Contains("(eit)", StringComparison.Ordinal))
        {
            return ItaTool.Eit;
        }

        return key.Contains("(oit)", StringComparison.Ordinal) ? ItaTool.Oit : null;
    }

    /// <summary>
    /// The first score written as "NN.NN คะแนน", if it is a plausible 0–100 score. A Bangkok-wide figure
    /// (<c>(กทม. 88.10 คะแนน)</c>) is not the district's own and is skipped.
    /// </summary>
    public static decimal? ScoreIn(string cell)
    {
        var match = Score().Match(BangkokWide().Replace(ThaiDigits.ToArabic(cell), " "));
        return match.Success
            && decimal.TryParse(match.Groups["s"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score)
            && score is >= 0 and <= 100
                ? score
                : null;
    }

    private static int? NumberFromName(string text)
    {
        var key = CellText.Key(text.Length > 120 ? text[..120] : text);
        key = key.TrimStart('.', ')', ':', '-');
        foreach (var (number, nameKey) in NameKeys)
        {
            if (key.StartsWith(nameKey, StringComparison.Ordinal))
            {
                return number;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:ตัวชี้วัด(?:ย่อย)?ที่\s*(?<n>[0-9]{1,2})(?:\.[0-9]{1,2})*\.?|(?<n>[0-9]{1,2})\))\s*")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<n>[0-9]{1,2})\.[0-9]{1,2}\.?\s+")]
    private static partial Regex Subsection();

    [GeneratedRegex(@"\([^()]*(?:กทม|กรุงเทพมหานคร)[^()]*\)|(?:ค่าเฉลี่ย\s*)?(?:กทม\.?|กรุงเทพมหานคร)\s*[0-9]{1,3}(?:\.[0-9]{1,2})?\s*คะแนน")]
    private static partial Regex BangkokWide();

    [GeneratedRegex(@"(?<![0-9.])(?<s>[0-9]{1,3}(?:\.[0-9]{1,2})?)\s*คะแนน")]
    private static partial Regex Score();
}
