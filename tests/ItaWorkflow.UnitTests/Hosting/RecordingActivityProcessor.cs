using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;

namespace ItaWorkflow.Tests.Hosting;

/// <summary>Collects the spans the app's tracer provider finishes, and lets a test await a specific one.</summary>
public sealed class RecordingActivityProcessor : BaseProcessor<Activity>
{
    private readonly ConcurrentQueue<Activity> ended = new();
    private readonly ConcurrentBag<(Func<Activity, bool> Match, TaskCompletionSource<Activity> Seen)> waiters = [];

    public IReadOnlyCollection<Activity> Ended => ended;

    public Task<Activity> WaitForAsync(Func<Activity, bool> match)
    {
        var seen = new TaskCompletionSource<Activity>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiters.Add((match, seen));
        foreach (var activity in ended.Where(match))
        {
            seen.TrySetResult(activity);
        }

        // A bound so a missing span fails the test instead of hanging it; not a timing assertion.
        return seen.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public override void OnEnd(Activity data)
    {
        ended.Enqueue(data);
        foreach (var (match, seen) in waiters)
        {
            if (match(data))
            {
                seen.TrySetResult(data);
            }
        }
    }
}
