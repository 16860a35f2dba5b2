using System.Collections.Concurrent;
using System.Diagnostics;

namespace ItaWorkflow.Bench;

/// <summary>
/// Records the Azure SDK calls (storage operations) made in this process with their trace id, so calls can be
/// attributed to the HTTP request started under the client's trace (<see cref="StartTrace"/>); the pumps' work runs in other traces.
/// Needs the <c>Azure.Experimental.EnableActivitySource</c> switch (set in the project file).
/// </summary>
public sealed class StorageCallProbe : IDisposable
{
    private readonly ConcurrentQueue<(ActivityTraceId Trace, string Name, double Ms)> calls = new();
    private readonly ActivityListener listener;

    public StorageCallProbe()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("Azure.", StringComparison.Ordinal) || source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                // Azure.Core.Http adds one activity per HTTP try under each operation; the operations are what is counted.
                if (activity.Source.Name.StartsWith("Azure.", StringComparison.Ordinal) && activity.Source.Name != "Azure.Core.Http")
                {
                    calls.Enqueue((activity.TraceId, activity.DisplayName, activity.Duration.TotalMilliseconds));
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>Starts a new trace as the current activity; HTTP requests sent under it carry its trace id to the server.</summary>
    public static Activity StartTrace() => new Activity("bench.request").SetIdFormat(ActivityIdFormat.W3C).Start();

    /// <summary>Storage calls per request of the given traces, by operation name: calls per request and mean ms per call.</summary>
    public IReadOnlyList<StorageCallShare> SharesOf(IReadOnlySet<ActivityTraceId> traces) =>
        [.. calls.Where(c => traces.Contains(c.Trace))
            .GroupBy(c => c.Name)
            .Select(g => new StorageCallShare(g.Key, g.Count() / (double)Math.Max(1, traces.Count), g.Average(c => c.Ms)))
            .OrderByDescending(s => s.PerRequest * s.MeanMs)];

    public void Dispose() => listener.Dispose();
}
