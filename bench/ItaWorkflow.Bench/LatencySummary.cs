namespace ItaWorkflow.Bench;

/// <summary>Percentiles of a set of timings in milliseconds.</summary>
/// <param name="Count">How many timings.</param>
/// <param name="P50Ms">Median.</param>
/// <param name="P95Ms">95th percentile.</param>
/// <param name="MaxMs">Slowest.</param>
public sealed record LatencySummary(int Count, double P50Ms, double P95Ms, double MaxMs)
{
    public static LatencySummary From(IEnumerable<double> timings)
    {
        var sorted = timings.Order().ToList();
        return sorted.Count == 0
            ? new LatencySummary(0, 0, 0, 0)
            : new LatencySummary(sorted.Count, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Math.Round(sorted[^1], 1));
    }

    /// <summary>The nearest-rank percentile of ascending <paramref name="sorted"/>, rounded to 0.1 ms.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)], 1);
}
