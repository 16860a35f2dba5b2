namespace ItaWorkflow.Bench;

/// <summary>Timings of one filter combination of the admin list benchmark.</summary>
/// <param name="Name">Which filters were used.</param>
/// <param name="Pages">How many pages were timed.</param>
/// <param name="Items">Items returned over those pages.</param>
/// <param name="P50Ms">Median time per page in milliseconds.</param>
/// <param name="P95Ms">95th percentile time per page in milliseconds.</param>
public sealed record AdminListBenchResult(string Name, int Pages, int Items, double P50Ms, double P95Ms);
