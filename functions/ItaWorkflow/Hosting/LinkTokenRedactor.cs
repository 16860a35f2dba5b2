using System.Text.RegularExpressions;

namespace ItaWorkflow.Hosting;

/// <summary>
/// Removes link tokens from text bound for logs and traces. A token in <c>/l/{token}</c> is a bearer credential valid
/// for weeks, so no log line, scope, exception text or span attribute may carry it.
/// </summary>
public static partial class LinkTokenRedactor
{
    /// <summary>What a token is replaced with.</summary>
    public const string Replacement = "/l/<redacted>";

    /// <summary><paramref name="text"/> with every <c>/l/{token}</c> segment replaced by <see cref="Replacement"/>.</summary>
    public static string Redact(string text) =>
        text.Contains("/l/", StringComparison.OrdinalIgnoreCase) ? LinkPath().Replace(text, Replacement) : text;

    /// <summary>
    /// A value with its tokens removed: strings are redacted; other objects (a <c>PathString</c>, a <c>Uri</c>) become
    /// their redacted text when that text carries a token, and are returned unchanged otherwise.
    /// </summary>
    public static object? Redact(object? value)
    {
        switch (value)
        {
            case null or bool or char or sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal
                or DateTime or DateTimeOffset or TimeSpan or Guid or Enum:
                return value;
            case string text:
                return Redact(text);
        }

        var asText = value.ToString();
        if (asText is null)
        {
            return value;
        }

        var redacted = Redact(asText);
        return ReferenceEquals(redacted, asText) ? value : redacted;
    }

    // Routes match case-insensitively, so /L/{token} is the same credential.
    [GeneratedRegex(@"/l/[^/?#\s""'<>]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPath();
}
