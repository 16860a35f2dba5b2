using System.Text;
using System.Text.RegularExpressions;
using ItaWorkflow.Domain;

namespace ItaWorkflow.Reports;

/// <summary>
/// Report-specific text handling: Thai digits everywhere except inside web addresses, and XML-safe text.
/// Plain digit conversion and Buddhist-Era dates are <see cref="ThaiDigits"/> and <see cref="ThaiCalendar"/>.
/// </summary>
public static partial class ThaiText
{
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
            builder.Append(ThaiDigits.ToThai(text[position..url.Index]));
            builder.Append(url.Value);
            position = url.Index + url.Length;
        }

        builder.Append(ThaiDigits.ToThai(text[position..]));
        return builder.ToString();
    }

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

    [GeneratedRegex(@"(?:https?://|www\.)[^\s]+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();
}
