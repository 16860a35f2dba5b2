using System.Globalization;

namespace ItaWorkflow.Bench;

/// <summary>The rows one benchmark prints: benchmark, figure, value, goal (empty when the issue sets none).</summary>
public sealed class Figures
{
    private readonly List<string[]> rows = [];

    public IReadOnlyList<string[]> Rows => rows;

    public void Add(string benchmark, string figure, string value, string goal = "") => rows.Add([benchmark, figure, value, goal]);

    public static string Ms(double ms) => ms.ToString("F1", CultureInfo.InvariantCulture);

    public static string Latency(LatencySummary l) =>
        string.Create(CultureInfo.InvariantCulture, $"{l.P50Ms:F1} / {l.P95Ms:F1} / {l.MaxMs:F1} ms (n={l.Count})");

    public static string Mb(long bytes) => (bytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture) + " MB";

    public static string Number(double value, string format = "F0") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>"met" or "missed", for the goal column.</summary>
    public static string Met(bool met) => met ? "met" : "missed";
}
