namespace ItaWorkflow.Import;

/// <summary>One way of recognising a header: it starts with or contains any of the given words, and starts with none of the exclusions.</summary>
internal sealed class HeaderRule(ColumnRole role, string[] startsWith, string[] contains, string[] excludedStarts)
{
    private readonly string[] starts = [.. startsWith.Select(CellText.Key)];
    private readonly string[] contained = [.. contains.Select(CellText.Key)];
    private readonly string[] excluded = [.. excludedStarts.Select(CellText.Key)];

    public ColumnRole Role { get; } = role;

    public bool Matches(string key) =>
        !excluded.Any(e => key.StartsWith(e, StringComparison.Ordinal))
        && (starts.Any(s => key.StartsWith(s, StringComparison.Ordinal)) || contained.Any(c => key.Contains(c, StringComparison.Ordinal)));
}
