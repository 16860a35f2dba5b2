using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ItaWorkflow.Domain;

namespace ItaWorkflow.Import;

/// <summary>Turns a raw cell (HTML fragments, stray spaces, PDF-extraction artefacts) into clean text lines.</summary>
internal static partial class CellText
{
    /// <summary>
    /// Clean text: HTML tags removed (<c>&lt;p&gt;</c> and <c>&lt;br&gt;</c> become line breaks, list items become
    /// lines starting with <c>- </c>, links keep their address), entities decoded, spaces collapsed, empty lines dropped.
    /// Cleaning clean text changes nothing. With <paramref name="html"/> false (cells of real Word/Excel tables)
    /// markup-like text is kept literally and only spaces are normalised.
    /// </summary>
    public static string Clean(string? raw, bool html = true)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return "";
        }

        var text = html && (raw.Contains('<', StringComparison.Ordinal) || raw.Contains('&', StringComparison.Ordinal)) ? StripHtml(raw) : raw;
        text = NormalizeThai(text);
        var builder = new StringBuilder(text.Length);
        foreach (var line in text.Split('\n'))
        {
            var collapsed = Spaces().Replace(line, " ").Trim();
            if (collapsed.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(collapsed);
        }

        return builder.ToString();
    }

    /// <summary>A key for comparing headers and names: no spaces, no tone marks, Arabic digits, lower case.</summary>
    public static string Key(string? text)
    {
        var clean = ThaiDigits.ToArabic(Clean(text));
        var builder = new StringBuilder(clean.Length);
        foreach (var c in clean)
        {
            if (char.IsWhiteSpace(c) || c is '\u0E48' or '\u0E49' or '\u0E4A' or '\u0E4B' or '\u0E4C' or '\u0E47')
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Repairs characters that PDF extraction splits or inserts.</summary>
    public static string NormalizeThai(string text) =>
        text.Replace("\u0E4D\u0E32", "\u0E33", StringComparison.Ordinal)
            .Replace("\u00A0", " ", StringComparison.Ordinal)
            .Replace("\u200B", "", StringComparison.Ordinal)
            .Replace("\uFEFF", "", StringComparison.Ordinal)
            .Replace("\u00AD", "", StringComparison.Ordinal)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace('\t', ' ');

    private static string StripHtml(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        var inList = false;
        var position = 0;
        foreach (Match tag in Tag().Matches(raw))
        {
            if (tag.Index < position)
            {
                continue;
            }

            AppendText(builder, raw[position..tag.Index], inList);
            position = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            var closing = tag.Groups["close"].Success;
            switch (name)
            {
                case "ul" or "ol":
                    inList = !closing;
                    builder.Append('\n');
                    break;
                case "li":
                    builder.Append(closing ? "\n" : "\n- ");
                    break;
                case "p" or "div" or "br" or "tr" or "h1" or "h2" or "h3" or "h4":
                    if (name == "p" && !closing)
                    {
                        inList = false;
                    }

                    builder.Append('\n');
                    break;
                case "a" when !closing:
                    var href = tag.Groups["attrs"].Value;
                    var link = Href().Match(href);
                    if (link.Success)
                    {
                        var close = raw.IndexOf("</a>", position, StringComparison.OrdinalIgnoreCase);
                        var label = close >= 0 ? WebUtility.HtmlDecode(raw[position..close]).Trim() : "";
                        var address = WebUtility.HtmlDecode(link.Groups["url"].Value);
                        builder.Append(label.Length == 0 || label == address ? address : $"{label} ({address})");
                        if (close >= 0)
                        {
                            position = close + 4;
                        }
                    }

                    break;
                case "td" or "th":
                    builder.Append(' ');
                    break;
            }
        }

        AppendText(builder, raw[Math.Min(position, raw.Length)..], inList);
        return builder.ToString();
    }

    private static void AppendText(StringBuilder builder, string segment, bool inList)
    {
        if (segment.Length == 0)
        {
            return;
        }

        var text = WebUtility.HtmlDecode(segment);
        if (inList)
        {
            // Extracted lists lose their <li> tags but keep the "- " bullets inline.
            text = InlineBullet().Replace(text, "\n- ");
        }

        builder.Append(text);
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)(?<attrs>[^<>]*)/?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"href\s*=\s*[""'](?<url>[^""']*)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex Href();

    [GeneratedRegex(@"(?:^|\s+)[-–•]\s+")]
    private static partial Regex InlineBullet();

    [GeneratedRegex(@"[ \t\f\v\u00A0\u2000-\u200A\u3000]+")]
    private static partial Regex Spaces();
}
