namespace ItaWorkflow.Reports;

/// <summary>An ITA result band: AA ≥ 95, A ≥ 85, B ≥ 75, C ≥ 65, D ≥ 55, E ≥ 50, F below.</summary>
/// <param name="Name">AA, A, B, C, D, E or F.</param>
/// <param name="MinimumScore">Lowest total score in the band.</param>
public sealed record ItaBand(string Name, decimal MinimumScore)
{
    public static ItaBand AA { get; } = new("AA", 95m);

    public static ItaBand A { get; } = new("A", 85m);

    public static ItaBand B { get; } = new("B", 75m);

    public static ItaBand C { get; } = new("C", 65m);

    public static ItaBand D { get; } = new("D", 55m);

    public static ItaBand E { get; } = new("E", 50m);

    public static ItaBand F { get; } = new("F", 0m);

    /// <summary>Every band, best first.</summary>
    public static IReadOnlyList<ItaBand> All { get; } = [AA, A, B, C, D, E, F];

    /// <summary>The band of a total score 0–100.</summary>
    public static ItaBand FromScore(decimal score)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(score);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, 100m);
        return All.First(band => score >= band.MinimumScore);
    }
}
