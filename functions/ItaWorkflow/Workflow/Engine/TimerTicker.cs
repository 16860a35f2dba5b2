using ItaWorkflow.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// One tick: hands every due timer to the work queue (then removes it from the index), and repairs
/// instances whose recovery marker is older than the grace period.
/// </summary>
public sealed partial class TimerTicker(
    TimerStore timers,
    RecoveryMarkers markers,
    InstanceStore store,
    InstanceIndex index,
    WorkQueue queue,
    IOptions<EngineOptions> options,
    TimeProvider time,
    ILogger<TimerTicker> logger) : ITimerTicker
{
    /// <summary>Fired timers carried by one work message (a message costs storage far more than its size).</summary>
    public const int TimersPerMessage = 64;

    public async Task<int> TickAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = new List<(DueTimer Timer, string PartitionKey, string RowKey)>();
        await foreach (var item in timers.DueAsync(now, cancellationToken))
        {
            due.Add(item);
        }

        // Enqueue before delete: a crash in between fires a timer twice, which the instance ignores.
        foreach (var retry in due.Where(d => d.Timer.Kind == TimerKind.Retry))
        {
            await queue.EnqueueAsync(new WorkMessage(WorkKind.Dispatch, retry.Timer.InstanceId, [retry.Timer.Id]), cancellationToken);
        }

        foreach (var chunk in due.Where(d => d.Timer.Kind != TimerKind.Retry).Chunk(TimersPerMessage))
        {
            await queue.EnqueueAsync(new WorkMessage(WorkKind.Timer, chunk[0].Timer.InstanceId, Timers: [.. chunk.Select(d => d.Timer)]), cancellationToken);
        }

        await Task.WhenAll(due.Select(d => timers.DeleteAsync(d.PartitionKey, d.RowKey, cancellationToken)));
        var fired = due.Count;

        var repaired = await SweepAsync(now, cancellationToken);
        if (fired > 0 || repaired > 0)
        {
            LogTick(fired, repaired);
        }

        return fired;
    }

    /// <summary>Re-enqueues undispatched outbox rows and re-syncs the index for instances with stale markers.</summary>
    public Task<int> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        RepairAsync(now, now - options.Value.RecoveryGrace, cancellationToken);

    /// <summary>
    /// Repairs every marked instance however young its marker, for a process that knows no other one is running:
    /// a resumed simulation, whose killed run left the markers and whose clock must not move past work they hold.
    /// </summary>
    public Task<int> RepairAllAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return RepairAsync(now, now, cancellationToken);
    }

    private async Task<int> RepairAsync(DateTimeOffset now, DateTimeOffset markedBefore, CancellationToken cancellationToken)
    {
        var stale = await markers.StaleAsync(markedBefore, cancellationToken);
        var requeued = 0;
        foreach (var group in stale.GroupBy(m => m.InstanceId, StringComparer.Ordinal))
        {
            var instanceId = group.Key;
            var snapshot = await store.ReadAsync(instanceId, cancellationToken);
            if (snapshot is not null)
            {
                var pending = (await store.ReadOutboxAsync(instanceId, cancellationToken))
                    .Where(o => o.Status != OutboxStatus.RetryScheduled && o.IsDispatchable(now))
                    .Select(o => o.RowKey)
                    .ToList();
                if (pending.Count > 0)
                {
                    await queue.EnqueueAsync(new WorkMessage(WorkKind.Dispatch, instanceId, pending), cancellationToken);
                    requeued++;
                    LogRequeued(instanceId, pending.Count);
                }

                await index.UpsertAsync(snapshot, cancellationToken);
            }

            await Task.WhenAll(group.Select(m => markers.ClearAsync(m.MarkerKey, cancellationToken)));
        }

        return requeued;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tick fired {Fired} timers, repaired {Repaired} instances")]
    private partial void LogTick(int fired, int repaired);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recovery re-enqueued {Count} outbox rows of {InstanceId}")]
    private partial void LogRequeued(string instanceId, int count);
}
