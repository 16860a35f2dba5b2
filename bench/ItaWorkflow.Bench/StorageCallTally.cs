using System.Collections.Concurrent;
using System.Diagnostics;

namespace ItaWorkflow.Bench;

/// <summary>
/// Counts the Azure SDK calls (storage operations) of this process by operation name, with their total duration;
/// unlike <see cref="StorageCallProbe"/> it keeps no per-call record, so a long run does not grow its memory.
/// Needs the <c>Azure.Experimental.EnableActivitySource</c> switch (set in the project file).
/// </summary>
public sealed class StorageCallTally : IDisposable
{
    private readonly ConcurrentDictionary<string, Tally> tallies = new(StringComparer.Ordinal);
    private readonly ActivityListener listener;

    public StorageCallTally()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("Azure.", StringComparison.Ordinal) && source.Name != "Azure.Core.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => tallies.GetOrAdd(activity.DisplayName, _ => new Tally()).Add(activity.Duration),
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>Every call recorded so far, by operation name, most frequent first.</summary>
    public IReadOnlyList<StorageCallTotal> Totals() =>
        [.. tallies.Select(t => new StorageCallTotal(t.Key, t.Value.Count, t.Value.Count == 0 ? 0 : t.Value.TotalMs / t.Value.Count))
            .OrderByDescending(t => t.Count)];

    public void Dispose() => listener.Dispose();

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
