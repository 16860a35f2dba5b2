using System.Collections.Concurrent;
using System.Diagnostics;

namespace ItaWorkflow.Bench;

/// <summary>
/// Counts the Azure SDK calls (storage operations) of this process by operation name, with their total duration;
/// unlike <see cref="StorageCallProbe"/> it keeps no per-call record, so a long run does not grow its memory. By
/// resource, it counts HTTP requests by operation and the table or queue they went to instead.
/// Needs the <c>Azure.Experimental.EnableActivitySource</c> switch (set in the project file).
/// </summary>
public sealed class StorageCallTally : IDisposable
{
    private readonly ConcurrentDictionary<string, Tally> tallies = new(StringComparer.Ordinal);
    private readonly ActivityListener listener;

    public StorageCallTally(bool byResource = false)
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("Azure.", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                // Azure.Core.Http adds one activity per HTTP try under each operation's activity.
                var http = activity.Source.Name == "Azure.Core.Http";
                if (http == byResource)
                {
                    var name = http ? $"{activity.Parent?.DisplayName} {Resource(activity)}" : activity.DisplayName;
                    tallies.GetOrAdd(name, _ => new Tally()).Add(activity.Duration);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>Every call recorded so far, by operation name, most frequent first.</summary>
    public IReadOnlyList<StorageCallTotal> Totals() =>
        [.. tallies.Select(t => new StorageCallTotal(t.Key, t.Value.Count, t.Value.Count == 0 ? 0 : t.Value.TotalMs / t.Value.Count))
            .OrderByDescending(t => t.Count)];

    public void Dispose() => listener.Dispose();

    // The table or queue a request went to: the path segment after the account, without keys or sub-resources.
    private static string Resource(Activity http)
    {
        var url = http.GetTagItem("url.full") as string ?? http.GetTagItem("http.url") as string ?? "";
        var segments = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) : [];
        return segments.Length > 1 ? segments[1].Split('(')[0] : "";
    }

    private sealed class Tally
    {
        private long count;
        private long ticks;

        public long Count => Interlocked.Read(ref count);

        public double TotalMs => TimeSpan.FromTicks(Interlocked.Read(ref ticks)).TotalMilliseconds;

        public void Add(TimeSpan duration)
        {
            Interlocked.Increment(ref count);
            Interlocked.Add(ref ticks, duration.Ticks);
        }
    }
}
