using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// The engine's client API used by HTTP endpoints, the admin page, the CLI and tests: start, raise,
/// query, list, suspend, resume, terminate and purge. Every state change is one ETag-guarded batch;
/// a lost race re-reads and re-decides, it never overwrites.
/// </summary>
public sealed partial class WorkflowClient(
    InstanceStore store,
    InstanceIndex index,
    WorkQueue queue,
    RecoveryMarkers markers,
    TimerStore timers,
    SnapshotCache cache,
    WorkflowRegistry registry,
    TimeProvider time,
    ILogger<WorkflowClient> logger)
{
    private const int MaxAttempts = 100;

    /// <summary>Starts an instance; starting an existing id is answered <see cref="StartOutcome.AlreadyExists"/>.</summary>
    public async Task<StartOutcome> StartAsync(string definition, string instanceId, object input, string actor, CancellationToken cancellationToken = default)
    {
        InstanceIds.Validate(instanceId);
        var inputJson = input as string ?? JsonSerializer.Serialize(input, input.GetType(), EngineJson.Options);
        var now = time.GetUtcNow();
        var commit = InstanceTransition.Start(registry.Definition(definition), instanceId, inputJson, actor, now);
        var marker = await markers.MarkAsync(instanceId, now, cancellationToken);
        var receipt = await store.CommitAsync(commit, cancellationToken);
        if (receipt is null)
        {
            markers.Release(marker);
            return StartOutcome.AlreadyExists;
        }

        LogStarted(instanceId, definition);
        await AfterCommitAsync(commit, receipt, marker, cancellationToken);
        return StartOutcome.Started;
    }

    /// <summary>Raises an event; see <see cref="RaiseOutcome"/> for the possible answers.</summary>
    public async Task<RaiseResult> RaiseEventAsync(string instanceId, EventEnvelope envelope, CancellationToken cancellationToken = default)
    {
        // The recovery marker is written alongside the first read (it only says "look here later"), so it
        // costs no extra round trip before the commit when the snapshot is not cached.
        var marking = markers.MarkAsync(instanceId, time.GetUtcNow(), cancellationToken);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var cached = attempt == 0 ? cache.Get(instanceId) : null;
            var snapshot = cached ?? await store.ReadAsync(instanceId, cancellationToken);
            var marker = await marking;
            if (snapshot is null)
            {
                markers.Release(marker);
                return new RaiseResult(RaiseOutcome.NotFound, $"No instance {instanceId}.", RefusalKind.NotFound, null, 0);
            }

            var now = time.GetUtcNow();
            var step = InstanceTransition.Apply(registry, snapshot, envelope, now);
            if (step.Commit is null)
            {
                if (cached is not null)
                {
                    // Only a commit proves the cached snapshot current; an answer without one is given from storage.
                    continue;
                }

                markers.Release(marker);
                return step.Result;
            }

            var receipt = await store.CommitAsync(step.Commit, cancellationToken);
            if (receipt is null)
            {
                cache.Forget(instanceId);
                LogConflict(instanceId, envelope.Event.GetType().Name, attempt);
                continue;
            }

            LogApplied(instanceId, envelope.Event.GetType().Name, step.Commit.Snapshot.Step, step.Commit.Snapshot.Version);
            var committed = await AfterCommitAsync(step.Commit, receipt, marker, cancellationToken);
            return step.Result with { Committed = step.Commit with { Snapshot = committed } };
        }

        throw new InvalidOperationException($"Instance {instanceId} kept changing; gave up after {MaxAttempts} attempts.");
    }

    /// <summary>Raises an event given by type name and JSON (admin page, cross-instance raises).</summary>
    public Task<RaiseResult> RaiseEventAsync(
        string instanceId, string eventType, string eventJson, string actor, string? idempotencyKey, CancellationToken cancellationToken = default) =>
        RaiseEventAsync(instanceId, new EventEnvelope(registry.ReadEvent(eventType, eventJson), actor, idempotencyKey), cancellationToken);

    public async Task<InstanceStatus?> GetStatusAsync(string instanceId, bool includeHistory, CancellationToken cancellationToken = default)
    {
        var snapshot = await store.ReadAsync(instanceId, cancellationToken);
        if (snapshot is null)
        {
            return null;
        }

        if (!includeHistory)
        {
            return new InstanceStatus(snapshot, [], [], []);
        }

        var history = store.ReadHistoryAsync(instanceId, cancellationToken);
        var outbox = store.ReadOutboxAsync(instanceId, cancellationToken);
        var pending = timers.OfInstanceAsync(instanceId, cancellationToken);
        return new InstanceStatus(snapshot, await history, await outbox, await pending);
    }

    /// <summary>An instance's history alone, oldest first (pages that show the timeline but not the outbox or timers).</summary>
    public Task<IReadOnlyList<HistoryEntry>> GetHistoryAsync(string instanceId, CancellationToken cancellationToken = default) =>
        store.ReadHistoryAsync(instanceId, cancellationToken);

    public Task<InstancePage> ListAsync(InstanceQuery query, CancellationToken cancellationToken = default) =>
        index.ListAsync(query, cancellationToken);

    public Task<RaiseResult> SuspendAsync(string instanceId, string reason, string actor, CancellationToken cancellationToken = default) =>
        RaiseEventAsync(instanceId, new EventEnvelope(new InstanceSuspended(RequireReason(reason)), actor), cancellationToken);

    public Task<RaiseResult> ResumeAsync(string instanceId, string reason, string actor, CancellationToken cancellationToken = default) =>
        RaiseEventAsync(instanceId, new EventEnvelope(new InstanceResumed(RequireReason(reason)), actor), cancellationToken);

    public Task<RaiseResult> TerminateAsync(string instanceId, string reason, string actor, CancellationToken cancellationToken = default) =>
        RaiseEventAsync(instanceId, new EventEnvelope(new InstanceTerminated(RequireReason(reason)), actor), cancellationToken);

    /// <summary>Deletes a finished instance with its history; refuses running ones.</summary>
    public async Task<bool> PurgeAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var snapshot = await store.ReadAsync(instanceId, cancellationToken);
        if (snapshot is null || !snapshot.Status.IsFinished())
        {
            return false;
        }

        await store.DeletePartitionAsync(instanceId, cancellationToken);
        cache.Forget(instanceId);
        await index.RemoveAsync(snapshot.Summary.District, instanceId, cancellationToken);
        LogPurged(instanceId);
        return true;
    }

    /// <summary>Purges finished instances last updated before <paramref name="updatedBefore"/>; returns how many.</summary>
    public async Task<int> PurgeFinishedAsync(DateTimeOffset updatedBefore, InstanceQuery? scope = null, CancellationToken cancellationToken = default)
    {
        var purged = 0;
        var candidates = new List<string>();
        await foreach (var item in index.AllAsync(scope ?? new InstanceQuery(), cancellationToken))
        {
            if (item.Status.IsFinished() && item.UpdatedAt < updatedBefore)
            {
                candidates.Add(item.InstanceId);
            }
        }

        foreach (var instanceId in candidates)
        {
            if (await PurgeAsync(instanceId, cancellationToken))
            {
                purged++;
            }
        }

        return purged;
    }

    /// <summary>
    /// Remembers the committed snapshot, indexes it and hands its outbox rows to the work queue, and releases the
    /// recovery marker once they are on it: from then on the queue owns the work. The caller waits for the index (a
    /// list shown right after an action must show it) but not for the queue; a crash before the hand-over ends
    /// leaves the marker for the sweep. Returns the snapshot as committed (with its new ETag).
    /// </summary>
    private async Task<InstanceRecord> AfterCommitAsync(InstanceCommit commit, CommitReceipt receipt, string marker, CancellationToken cancellationToken)
    {
        var snapshot = commit.Snapshot with { ETag = receipt.SnapshotETag };
        cache.Put(snapshot);
        var handOver = commit.Outbox.Count > 0
            ? queue.HandOver([.. commit.Outbox.Select((o, i) => new OutboxDelivery(o.InstanceId, o.RowKey, receipt.OutboxETags[i], o.Command, o.CreatedAt))])
            : Task.CompletedTask;
        var indexing = index.UpsertAsync(snapshot, cancellationToken);
        markers.ReleaseAfter(Task.WhenAll(handOver, indexing), marker);
        await indexing;
        return snapshot;
    }

    private static string RequireReason(string reason) =>
        string.IsNullOrWhiteSpace(reason)
            ? throw new ArgumentException("A reason is required (ต้องระบุเหตุผล).", nameof(reason))
            : reason.Trim();

    [LoggerMessage(Level = LogLevel.Information, Message = "Started {InstanceId} ({Definition})")]
    private partial void LogStarted(string instanceId, string definition);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Applied {Event} to {InstanceId}: step {Step}, version {Version}")]
    private partial void LogApplied(string instanceId, string @event, string step, long version);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Lost a race on {InstanceId} applying {Event} (attempt {Attempt}); re-deciding")]
    private partial void LogConflict(string instanceId, string @event, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {InstanceId}")]
    private partial void LogPurged(string instanceId);
}
