using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ItaWorkflow.Reports;

/// <summary>Thai document conventions: Thai digits, Buddhist-Era dates with Thai month names, XML-safe text.</summary>
public static partial class ThaiText
{
    private static readonly string[] MonthNames =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    /// <summary>
    /// Replaces Arabic digits 0–9 with Thai digits ๐–๙, leaving web addresses untouched so links stay usable.
    /// </summary>
    public static string ToThaiDigits(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (Match url in UrlPattern().Matches(text))
        {
            AppendThaiDigits(builder, text.AsSpan(position, url.Index - position));
            builder.Append(url.Value);
            position = url.Index + url.Length;
        }

        AppendThaiDigits(builder, text.AsSpan(position));
        return builder.ToString();
    }

    /// <summary>A date as documents print it: 31 Mar 2024 → ๓๑ มีนาคม ๒๕๖๗.</summary>
    public static string FormatDate(DateOnly date) =>
        ToThaiDigits(string.Create(
            CultureInfo.InvariantCulture,
            $"{date.Day} {MonthNames[date.Month - 1]} {date.Year + Domain.FiscalYear.BuddhistEraOffset}"));

    /// <summary>
    /// Removes characters XML 1.0 cannot carry (control characters other than tab and line breaks, unpaired
    /// surrogates, U+FFFE/U+FFFF), normalises line breaks to \n and tabs to spaces.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (c == '\n' || (c >= 0x20 && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static void AppendThaiDigits(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            builder.Append(c is >= '0' and <= '9' ? (char)('๐' + (c - '0')) : c);
        }
    }

    [GeneratedRegex(@"(?:https?://|www\.)[^\s]+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();
}
