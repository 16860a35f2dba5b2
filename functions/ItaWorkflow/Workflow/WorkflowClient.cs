using System.Diagnostics;
using System.Text.Json;
using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow.Engine;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Workflow;

/// <summary>
/// What pages, the admin, the CLI and the simulation do with cases: start, raise and wait for the applied result, read,
/// list, suspend, resume, terminate, restart, retry parked work and purge. Cases run as <see cref="WorkflowOrchestrator"/>
/// instances on Durable Task; lists and the timeline come from the read model the orchestrator's activities write.
/// A raise is first decided against the case's current generation with the same pure rules
/// (<see cref="WorkflowPreview"/>), so a refusal is answered at once and nothing is raised; an accepted event is raised
/// and the call waits (bounded by <see cref="DurableWorkflowOptions.ApplyWait"/>) until the case has applied it.
/// </summary>
public sealed partial class WorkflowClient(
    DurableWorkflowClient workflows,
    DurableTaskClient durable,
    WorkflowCatalog catalog,
    InstanceIndex index,
    CaseTimeline timeline,
    TimeProvider time,
    IOptions<DurableWorkflowOptions> options,
    ILogger<WorkflowClient> logger)
{
    private DurableWorkflowOptions Options => options.Value;

    /// <summary>Starts a case and waits until it has taken its first step; an existing id is answered <see cref="StartOutcome.AlreadyExists"/>.</summary>
    /// <exception cref="ArgumentException">The definition refuses the input.</exception>
    public async Task<StartOutcome> StartAsync(string definition, string instanceId, object input, string actor, CancellationToken cancellationToken = default)
    {
        InstanceIds.Validate(instanceId);
        var inputJson = input as string ?? JsonSerializer.Serialize(input, input.GetType(), EngineJson.Options);
        if (!await workflows.StartJsonAsync(definition, instanceId, inputJson, actor, Options.VirtualClock, time.GetUtcNow(), cancellationToken))
        {
            return StartOutcome.AlreadyExists;
        }

        LogStarted(instanceId, definition);
        await WaitAsync(instanceId, g => g.Sequence > 0, cancellationToken);
        return StartOutcome.Started;
    }

    /// <summary>Raises an event; see <see cref="RaiseOutcome"/> for the possible answers.</summary>
    public async Task<RaiseResult> RaiseEventAsync(string instanceId, EventEnvelope envelope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var current = await ReadAsync(instanceId, cancellationToken);
        if (current is null)
        {
            return new RaiseResult(RaiseOutcome.NotFound, $"No instance {instanceId}.", RefusalKind.NotFound, null, 0);
        }

        // Every raise carries a key, so its caller can tell when the case has applied it.
        var key = envelope.IdempotencyKey ?? $"raise:{Guid.NewGuid():N}";
        var now = time.GetUtcNow();
        var message = WorkflowEventMessage.Of(envelope.Event, envelope.Actor, key, now);
        var preview = current.Runtime == RuntimeStatus.Terminated ? Finished(current.Generation.Sequence)
            // Still taking its first step (a slow email, say): the event waits its turn behind it.
            : current.Generation.StateJson is null ? new RaiseResult(RaiseOutcome.Deferred, null, RefusalKind.None, null, 0)
            : WorkflowPreview.Decide(catalog, current.Generation, message, now);
        if (!preview.Succeeded)
        {
            return preview;
        }

        await workflows.RaiseAsync(instanceId, message, cancellationToken);
        if (preview.Outcome == RaiseOutcome.Deferred || current.Runtime == RuntimeStatus.Suspended)
        {
            return preview with { Outcome = RaiseOutcome.Deferred };
        }

        var applied = await WaitAsync(instanceId, g => g.Applied.ContainsKey(key), cancellationToken);
        if (applied is null)
        {
            // Still being decided (a busy hub, a slow email): the case applies it in its turn.
            LogStillDeciding(instanceId, envelope.Event.GetType().Name);
            return preview with { Outcome = RaiseOutcome.Deferred };
        }

        return preview with { Version = applied.Sequence };
    }

    /// <summary>Raises an event given by type name and JSON (admin page, cross-case raises).</summary>
    public Task<RaiseResult> RaiseEventAsync(
        string instanceId, string eventType, string eventJson, string actor, string? idempotencyKey, CancellationToken cancellationToken = default) =>
        RaiseEventAsync(instanceId, new EventEnvelope(catalog.ReadEvent(eventType, eventJson), actor, idempotencyKey), cancellationToken);

    /// <summary>The case as it stands, and optionally its timeline; null when unknown.</summary>
    public async Task<InstanceStatus?> GetStatusAsync(string instanceId, bool includeHistory, CancellationToken cancellationToken = default)
    {
        var history = includeHistory ? timeline.ReadAsync(instanceId, cancellationToken) : null;
        var current = await ReadAsync(instanceId, cancellationToken);
        if (current is null || current.Generation.StateJson is null)
        {
            return null;
        }

        var generation = current.Generation;
        return new InstanceStatus(current.ToRecord(instanceId), history is null ? [] : await history, generation.Parked, generation.Timers);
    }

    /// <summary>A case's timeline alone, oldest first (pages that show who did what, when).</summary>
    public Task<IReadOnlyList<HistoryEntry>> GetHistoryAsync(string instanceId, CancellationToken cancellationToken = default) =>
        timeline.ReadAsync(instanceId, cancellationToken);

    public Task<InstancePage> ListAsync(InstanceQuery query, CancellationToken cancellationToken = default) =>
        index.ListAsync(query, cancellationToken);

    /// <summary>Pauses a running case: events raised meanwhile wait, and are decided when it is resumed.</summary>
    public Task<RaiseResult> SuspendAsync(string instanceId, string reason, string actor, CancellationToken cancellationToken = default) =>
        ControlAsync(instanceId, new InstanceSuspended(RequireReason(reason)), actor, RuntimeStatus.Suspended,
            c => c.Runtime == RuntimeStatus.Running, () => durable.SuspendInstanceAsync(instanceId, reason, cancellationToken), cancellationToken);

    public Task<RaiseResult> ResumeAsync(string instanceId, string reason, string actor, CancellationToken cancellationToken = default) =>
        ControlAsync(instanceId, new InstanceResumed(RequireReason(reason)), actor, RuntimeStatus.Running,
            c => c.Runtime == RuntimeStatus.Suspended, () => durable.ResumeInstanceAsync(instanceId, reason, cancellationToken), cancellationToken);

    /// <summary>Ends a case for good; it accepts no more events and its pending wake-ups never fire.</summary>
    public Task<RaiseResult> TerminateAsync(string instanceId, string reason, string actor, CancellationToken cancellationToken = default) =>
        ControlAsync(instanceId, new InstanceTerminated(RequireReason(reason)), actor, RuntimeStatus.Terminated,
            c => !c.Runtime.IsFinished(), () => durable.TerminateInstanceAsync(instanceId, reason, cancellationToken), cancellationToken);

    /// <summary>Runs the case's parked work again (the dead-letter page's retry).</summary>
    public async Task<bool> RetryParkedAsync(string instanceId, string actor, CancellationToken cancellationToken = default)
    {
        if (await ReadAsync(instanceId, cancellationToken) is not { Runtime: not RuntimeStatus.Terminated } current || current.Generation.Parked.Count == 0)
        {
            return false;
        }

        await workflows.RetryParkedAsync(instanceId, actor, cancellationToken);
        return true;
    }

    /// <summary>Starts a failed orchestration again from its last generation, under the same id.</summary>
    public async Task<bool> RestartAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var metadata = await durable.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken);
        if (metadata?.RuntimeStatus != OrchestrationRuntimeStatus.Failed)
        {
            return false;
        }

        await durable.RestartAsync(instanceId, restartWithNewInstanceId: false, cancellationToken);
        return true;
    }

    /// <summary>Cases whose orchestration failed, newest first, for the admin to restart.</summary>
    public async Task<IReadOnlyList<FailedCase>> FailedAsync(CancellationToken cancellationToken = default)
    {
        var failed = new List<FailedCase>();
        var query = new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Failed], FetchInputsAndOutputs = false };
        await foreach (var metadata in durable.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
        {
            failed.Add(new FailedCase(metadata.InstanceId, metadata.FailureDetails?.ErrorMessage ?? "", metadata.LastUpdatedAt));
        }

        return [.. failed.OrderByDescending(f => f.FailedAt)];
    }

    /// <summary>Deletes a finished case with its read model; refuses running ones.</summary>
    public async Task<bool> PurgeAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var current = await ReadAsync(instanceId, cancellationToken);
        if (current is null || !current.Runtime.IsFinished())
        {
            return false;
        }

        // The read model goes first: an interrupted purge leaves the orchestration, which finds the case again.
        await timeline.DeleteAsync(instanceId, cancellationToken);
        await index.RemoveAsync(current.Generation.Summary?.District ?? "", instanceId, cancellationToken);
        await durable.PurgeInstanceAsync(instanceId, cancellation: cancellationToken);
        LogPurged(instanceId);
        return true;
    }

    /// <summary>Purges finished cases last updated before <paramref name="updatedBefore"/>; returns how many.</summary>
    public async Task<int> PurgeFinishedAsync(DateTimeOffset updatedBefore, InstanceQuery? scope = null, CancellationToken cancellationToken = default)
    {
        var candidates = new List<string>();
        await foreach (var item in index.AllAsync(scope ?? new InstanceQuery(), cancellationToken))
        {
            if (item.Status.IsFinished() && item.UpdatedAt < updatedBefore)
            {
                candidates.Add(item.InstanceId);
            }
        }

        var purged = 0;
        foreach (var instanceId in candidates)
        {
            if (await PurgeAsync(instanceId, cancellationToken))
            {
                purged++;
            }
        }

        return purged;
    }

    private async Task<RaiseResult> ControlAsync(
        string instanceId, WorkflowEvent entry, string actor, RuntimeStatus after, Func<CaseNow, bool> allowed, Func<Task> act,
        CancellationToken cancellationToken)
    {
        var current = await ReadAsync(instanceId, cancellationToken);
        if (current is null)
        {
            return new RaiseResult(RaiseOutcome.NotFound, $"No instance {instanceId}.", RefusalKind.NotFound, null, 0);
        }

        if (!allowed(current))
        {
            return current.Runtime.IsFinished()
                ? Finished(current.Generation.Sequence)
                : new RaiseResult(RaiseOutcome.Refused, $"The case is {current.Runtime}.", RefusalKind.NotAllowed, null, current.Generation.Sequence);
        }

        await act();
        // The runtime applies suspend, resume and terminate when its worker takes the message: a page shown right after
        // must show the new status.
        await WaitForRuntimeAsync(instanceId, after, cancellationToken);
        var now = time.GetUtcNow();
        var generation = current.Generation;
        // Between the steps the orchestrator numbers, so it never overwrites this entry and the timeline keeps its order.
        await timeline.AppendBetweenAsync(instanceId, generation.HistoryCount, new HistoryEntry(
            generation.HistoryCount, entry.GetType().Name, now, actor, JsonSerializer.Serialize(entry, entry.GetType(), EngineJson.Options)), cancellationToken);
        if (generation.Summary is not null)
        {
            await index.UpsertAsync(current.ToRecord(instanceId) with { Status = after, UpdatedAt = now }, cancellationToken);
        }

        return new RaiseResult(RaiseOutcome.Applied, null, RefusalKind.None, null, generation.Sequence);
    }

    private async Task<CaseNow?> ReadAsync(string instanceId, CancellationToken cancellationToken)
    {
        var metadata = await durable.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
        if (metadata is null)
        {
            return null;
        }

        // A terminated case's output is the reason given, not a generation: its last episode's input is the case.
        var generation = metadata.RuntimeStatus == OrchestrationRuntimeStatus.Completed
            ? metadata.ReadOutputAs<WorkflowGeneration>()
            : metadata.ReadInputAs<WorkflowGeneration>();
        return generation is null ? null : new CaseNow(generation, RuntimeOf(metadata, generation), metadata.LastUpdatedAt);
    }

    private async Task<WorkflowGeneration?> WaitAsync(string instanceId, Func<WorkflowGeneration, bool> done, CancellationToken cancellationToken)
    {
        // Real time, not the business clock: tests and the simulation move a fake business clock while the hub works in real time.
        var deadline = Stopwatch.GetTimestamp() + (long)(Options.ApplyWait.TotalSeconds * Stopwatch.Frequency);
        var pause = TimeSpan.FromMilliseconds(10);
        while (true)
        {
            if (await workflows.GetAsync(instanceId, cancellationToken) is { } generation && done(generation))
            {
                return generation;
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                return null;
            }

            await Task.Delay(pause, cancellationToken);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, Options.ApplyPollInterval.Ticks));
        }
    }

    private async Task WaitForRuntimeAsync(string instanceId, RuntimeStatus expected, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(Options.ApplyWait.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline
            && await ReadAsync(instanceId, cancellationToken) is { } current && current.Runtime != expected)
        {
            await Task.Delay(Options.ApplyPollInterval, cancellationToken);
        }
    }

    private static RuntimeStatus RuntimeOf(OrchestrationMetadata metadata, WorkflowGeneration generation) => metadata.RuntimeStatus switch
    {
        OrchestrationRuntimeStatus.Suspended => RuntimeStatus.Suspended,
        OrchestrationRuntimeStatus.Terminated => RuntimeStatus.Terminated,
        OrchestrationRuntimeStatus.Failed => RuntimeStatus.Failed,
        _ => generation.Status,
    };

    private static RaiseResult Finished(long version) =>
        new(RaiseOutcome.Finished, "The case has finished.", RefusalKind.Finished, null, version);

    private static string RequireReason(string reason) =>
        string.IsNullOrWhiteSpace(reason)
            ? throw new ArgumentException("A reason is required (ต้องระบุเหตุผล).", nameof(reason))
            : reason.Trim();

    /// <summary>A case read now: its generation, and what the runtime says about it.</summary>
    private sealed record CaseNow(WorkflowGeneration Generation, RuntimeStatus Runtime, DateTimeOffset UpdatedAt)
    {
        public InstanceRecord ToRecord(string instanceId) => new(
            instanceId, Generation.Definition, Generation.Version, Runtime, Generation.Step, Generation.CustomStatusJson, Generation.CreatedAt,
            UpdatedAt, Generation.NextTimer?.DueAt, Generation.Sequence, Generation.HistoryCount, Generation.StateJson ?? "",
            Generation.Summary ?? new InstanceSummary("", "", 0, 0, [], null), Generation.Applied, [], null, null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Started {InstanceId} ({Definition})")]
    private partial void LogStarted(string instanceId, string definition);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Event} raised on {InstanceId} is still being decided; answered as deferred")]
    private partial void LogStillDeciding(string instanceId, string @event);

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {InstanceId}")]
    private partial void LogPurged(string instanceId);
}
