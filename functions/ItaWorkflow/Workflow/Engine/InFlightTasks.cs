using System.Collections.Concurrent;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// Work started without a caller waiting for it (hand-overs to the queue, marker removals), tracked so that whoever
/// is about to look at the result — a pump before receiving, the sweep before reading markers — can wait for it first.
/// </summary>
public sealed class InFlightTasks
{
    private readonly ConcurrentDictionary<Task, byte> running = new();

    /// <summary>Tracks <paramref name="work"/> until it ends; its failure is for its owner to handle, a flush ignores it.</summary>
    public void Add(Task work)
    {
        running.TryAdd(work, 0);
        // Registered after the add, so a task that has already ended is removed at once rather than left behind.
        _ = work.ContinueWith(
            (ended, state) => ((ConcurrentDictionary<Task, byte>)state!).TryRemove(ended, out var _),
            running,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Completes when everything tracked at the time of the call has ended, however it ended.</summary>
    public Task FlushAsync() => Task.WhenAll(running.Keys).ContinueWith(
        _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
