using System.Text.RegularExpressions;

namespace ItaWorkflow.Import;

/// <summary>Finds the web addresses in an evidence cell.</summary>
internal static partial class EvidenceLinks
{
    public static IReadOnlyList<string> Extract(string text) =>
        [.. Url().Matches(text).Select(m => m.Value.TrimEnd('.', ',', ')', ';')).Distinct()];

    [GeneratedRegex(@"https?://[^\s<>""'()]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
