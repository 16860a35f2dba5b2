namespace ItaWorkflow.Bench;

/// <summary>Figures of one link load run.</summary>
/// <param name="Users">Concurrent simulated users.</param>
/// <param name="Rounds">GET + POST pairs per user, each on its own measure.</param>
/// <param name="Think">How users paused between requests.</param>
/// <param name="Get">Latency of opening the link page.</param>
/// <param name="Post">Latency of submitting the progress form.</param>
/// <param name="Elapsed">Wall time of the load phase.</param>
/// <param name="Drained">From the last answer until the app's pumps had emptied the work queue (the emails and timers the load caused).</param>
/// <param name="Errors">Requests that failed, answered non-2xx/3xx, or did not show the expected page.</param>
/// <param name="FirstErrors">A few error descriptions.</param>
/// <param name="GetCalls">Storage calls per GET.</param>
/// <param name="PostCalls">Storage calls per POST.</param>
public sealed record LinkLoadBenchResult(
    int Users,
    int Rounds,
    string Think,
    LatencySummary Get,
    LatencySummary Post,
    TimeSpan Elapsed,
    TimeSpan Drained,
    int Errors,
    IReadOnlyList<string> FirstErrors,
    IReadOnlyList<StorageCallShare> GetCalls,
    IReadOnlyList<StorageCallShare> PostCalls)
{
    public double RequestsPerSecond => (Get.Count + Post.Count) / Elapsed.TotalSeconds;
}
