using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ItaWorkflow.Admin;

/// <summary>
/// Builds HTML (and inline SVG) where every text and attribute value is encoded; only tag and attribute
/// names, which come from code, are written as they are.
/// </summary>
public sealed class HtmlBuilder(AdminText? words = null)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder html = new();

    /// <summary>The language the page is written in, for the shared form pieces.</summary>
    public AdminText Words { get; } = words ?? AdminText.Thai;

    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    /// <summary>Opens an element; attributes with a null value are left out.</summary>
    public HtmlBuilder Open(string tag, params (string Name, string? Value)[] attributes) => Start(tag, attributes, ">");

    /// <summary>
    /// An element without content, written self-closed: HTML ignores the slash on void elements (input, meta, link),
    /// and inline SVG needs it (line, rect) or later siblings would nest inside.
    /// </summary>
    public HtmlBuilder Void(string tag, params (string Name, string? Value)[] attributes) => Start(tag, attributes, " />");

    private HtmlBuilder Start(string tag, (string Name, string? Value)[] attributes, string end)
    {
        html.Append('<').Append(CheckName(tag));
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                html.Append(' ').Append(CheckName(name)).Append("=\"").Append(Encode(value)).Append('"');
            }
        }

        html.Append(end);
        return this;
    }

    public HtmlBuilder Close(string tag)
    {
        html.Append("</").Append(CheckName(tag)).Append('>');
        return this;
    }

    public HtmlBuilder Text(string? text)
    {
        html.Append(Encode(text));
        return this;
    }

    /// <summary>An element whose content is the encoded <paramref name="text"/>.</summary>
    public HtmlBuilder El(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>Appends what another builder produced (already encoded).</summary>
    public HtmlBuilder Append(HtmlBuilder other)
    {
        html.Append(other.html);
        return this;
    }

    public override string ToString() => html.ToString();

    private static string CheckName(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or ':'))
            {
                throw new ArgumentException($"'{name}' is not a safe tag or attribute name.", nameof(name));
            }
        }

        return name;
    }
}
