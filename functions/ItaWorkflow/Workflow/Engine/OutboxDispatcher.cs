using ItaWorkflow.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// Processes work-queue messages: runs outbox commands (skipping rows already done), delivers fired timers,
/// retries failures with backoff through the timer index, and parks work that failed
/// <see cref="EngineOptions.MaxAttempts"/> times in the dead-letter table.
/// </summary>
public sealed partial class OutboxDispatcher(
    InstanceStore store,
    TimerStore timers,
    DeadLetterStore deadLetters,
    WorkflowClient client,
    IEnumerable<ICommandHandler> handlers,
    IOptions<EngineOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : IWorkItemProcessor
{
    private readonly Dictionary<Type, ICommandHandler> handlerByType = handlers.ToDictionary(h => h.CommandType);
    private readonly EngineOptions settings = options.Value;

    public async Task ProcessAsync(string messageBody, long dequeueCount, CancellationToken cancellationToken)
    {
        WorkMessage message;
        try
        {
            message = WorkQueue.Parse(messageBody);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException)
        {
            await ParkMessageAsync("unknown", messageBody, "Unreadable work message: " + e.Message, (int)dequeueCount, cancellationToken);
            return;
        }

        if (dequeueCount > settings.MaxAttempts)
        {
            // The queue handed this message over again and again (a crash loop, not a handled failure).
            await ParkMessageAsync(message.InstanceId, messageBody, $"Delivered {dequeueCount} times without completing.", (int)dequeueCount, cancellationToken);
            return;
        }

        switch (message.Kind)
        {
            case WorkKind.Timer:
                await DeliverTimersAsync(message, cancellationToken);
                break;
            case WorkKind.Dispatch:
                await DispatchAsync(message.InstanceId, message.OutboxRows ?? [], cancellationToken);
                break;
            case WorkKind.Deliver:
                await DeliverAsync(message.Deliveries ?? [], firstDelivery: dequeueCount <= 1, cancellationToken);
                break;
        }
    }

    /// <summary>Resets a dead-lettered outbox row (or re-enqueues a parked message) and removes the dead letter.</summary>
    public async Task<bool> RetryAsync(string deadLetterId, WorkQueue queue, CancellationToken cancellationToken)
    {
        var letter = await deadLetters.GetAsync(deadLetterId, cancellationToken);
        if (letter is null)
        {
            return false;
        }

        if (letter.OutboxRow is { } rowKey && await store.ReadOutboxAsync(letter.InstanceId, rowKey, cancellationToken) is { } row)
        {
            await store.UpdateOutboxAsync([row.Entry with { Status = OutboxStatus.Pending, Attempts = 0, LastError = null }], cancellationToken);
            await queue.EnqueueAsync(new WorkMessage(WorkKind.Dispatch, letter.InstanceId, [rowKey]), cancellationToken);
        }
        else if (letter.MessageBody is { } body)
        {
            await queue.Client.SendMessageAsync(body, cancellationToken);
        }

        await deadLetters.RemoveAsync(deadLetterId, cancellationToken);
        LogRetried(deadLetterId);
        return true;
    }

    /// <summary>Raises each fired timer on its instance: instances in parallel, one instance's timers in due order.</summary>
    private Task DeliverTimersAsync(WorkMessage message, CancellationToken cancellationToken)
    {
        var fired = message.Timers ?? throw new FormatException("Timer message without timers.");
        return Task.WhenAll(fired.GroupBy(t => t.InstanceId, StringComparer.Ordinal).Select(async ofInstance =>
        {
            foreach (var timer in ofInstance.OrderBy(t => t.DueAt))
            {
                var result = await client.RaiseEventAsync(
                    timer.InstanceId, new EventEnvelope(new TimerFired(timer.Id, timer.Purpose, timer.DueAt), "timer", "timer:" + timer.Id), cancellationToken);
                LogTimerDelivered(timer.InstanceId, timer.Id, result.Outcome);
            }
        }));
    }

    private async Task DispatchAsync(string instanceId, IReadOnlyList<string> rowKeys, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = await store.ReadOutboxAsync(instanceId, [.. rowKeys.Distinct()], cancellationToken);
        // A row another consumer claimed may never be finished if that consumer died, and this message is then
        // its last reminder: look at it again when the claim's lease ends (it is skipped there if done by then).
        await Task.WhenAll(rows
            .Select(row => row.Entry)
            .Where(entry => entry.Status == OutboxStatus.Dispatching && entry.ClaimedUntil > now)
            .Select(entry => timers.ScheduleAsync(
                new DueTimer(TimerKind.Retry, instanceId, entry.RowKey, "lease", entry.ClaimedUntil!.Value), cancellationToken)));
        await RunAsync([.. rows.Where(row => row.Entry.IsDispatchable(now))], cancellationToken);
    }

    /// <summary>
    /// Runs freshly committed rows as carried in the message, each instance's rows together. A redelivered message
    /// may have been partly done by the attempt that failed, so then the rows are read back like any dispatch.
    /// </summary>
    private Task DeliverAsync(IReadOnlyList<OutboxDelivery> deliveries, bool firstDelivery, CancellationToken cancellationToken) =>
        Task.WhenAll(deliveries.GroupBy(d => d.InstanceId, StringComparer.Ordinal).Select(rows => firstDelivery
            ? RunAsync([.. rows.Select(d => (d.ToEntry(), d.ETag))], cancellationToken)
            : DispatchAsync(rows.Key, [.. rows.Select(d => d.RowKey)], cancellationToken)));

    /// <summary>Runs one instance's rows: claims those whose handler requires it, runs them, records the outcomes in one batch.</summary>
    private async Task RunAsync(IReadOnlyList<(OutboxEntry Entry, string ETag)> rows, CancellationToken cancellationToken)
    {
        var byClaim = rows.ToLookup(r => HandlerFor(r.Entry)?.RequiresClaim ?? true);
        // Claiming makes duplicate deliveries (a recovery re-enqueue racing the original) run each row once.
        var claimed = await store.ClaimOutboxAsync([.. byClaim[true]], time.GetUtcNow() + settings.DispatchLease, cancellationToken);
        var changed = new List<OutboxEntry>();
        foreach (var entry in byClaim[false].Select(r => r.Entry).Concat(claimed).OrderBy(e => e.RowKey, StringComparer.Ordinal))
        {
            try
            {
                var handler = HandlerFor(entry) ?? throw new InvalidOperationException($"No handler for {entry.Command.GetType().Name}.");
                await handler.ExecuteAsync(entry, cancellationToken);
                changed.Add(entry with { Status = OutboxStatus.Done, DoneAt = time.GetUtcNow(), LastError = null, ClaimedUntil = null });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                changed.Add(await FailAsync(entry, e, cancellationToken));
            }
        }

        if (changed.Count > 0)
        {
            await store.UpdateOutboxAsync(changed, cancellationToken);
        }
    }

    private ICommandHandler? HandlerFor(OutboxEntry entry) => handlerByType.GetValueOrDefault(entry.Command.GetType());

    private async Task<OutboxEntry> FailAsync(OutboxEntry entry, Exception error, CancellationToken cancellationToken)
    {
        var attempts = entry.Attempts + 1;
        var now = time.GetUtcNow();
        if (attempts >= settings.MaxAttempts)
        {
            await deadLetters.ParkAsync(
                new DeadLetter(
                    DeadLetterStore.IdFor(entry.InstanceId, entry.RowKey), entry.InstanceId, entry.RowKey,
                    entry.Command.GetType().Name, error.Message, attempts, now, null),
                cancellationToken);
            LogParked(entry.Id, attempts, error.Message);
            return entry with { Status = OutboxStatus.DeadLettered, Attempts = attempts, LastError = error.Message, ClaimedUntil = null };
        }

        var delay = settings.RetryBackoff * Math.Pow(2, attempts - 1);
        await timers.ScheduleAsync(new DueTimer(TimerKind.Retry, entry.InstanceId, entry.RowKey, "retry", now + delay), cancellationToken);
        LogRetrying(entry.Id, attempts, delay, error.Message);
        return entry with { Status = OutboxStatus.RetryScheduled, Attempts = attempts, LastError = error.Message, ClaimedUntil = null };
    }

    private Task ParkMessageAsync(string instanceId, string body, string error, int attempts, CancellationToken cancellationToken)
    {
        LogParked(instanceId, attempts, error);
        return deadLetters.ParkAsync(
            new DeadLetter(DeadLetterStore.IdFor(instanceId, null), instanceId, null, "message", error, attempts, time.GetUtcNow(), body),
            cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Timer {TimerId} delivered to {InstanceId}: {Outcome}")]
    private partial void LogTimerDelivered(string instanceId, string timerId, RaiseOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {OutboxId} failed (attempt {Attempt}); retry in {Delay}: {Error}")]
    private partial void LogRetrying(string outboxId, int attempt, TimeSpan delay, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Parked {WorkId} in dead letters after {Attempts} attempts: {Error}")]
    private partial void LogParked(string workId, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dead letter {DeadLetterId} sent back for retry")]
    private partial void LogRetried(string deadLetterId);
}
