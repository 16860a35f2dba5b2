namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// Pure engine rules around a definition: idempotency keys, finished instances, suspend/resume/terminate,
/// keeping early events and offering them again, and turning a decision into the rows of one commit.
/// </summary>
public static class InstanceTransition
{
    /// <summary>The commit that creates an instance.</summary>
    public static InstanceCommit Start(IWorkflowDefinition definition, string instanceId, string inputJson, string actor, DateTimeOffset now)
    {
        var outcome = definition.Start(inputJson, new TransitionContext(instanceId, now, actor));
        if (outcome.Kind != DecisionKind.Applied || outcome.StateJson is null || outcome.Summary is null)
        {
            throw new ArgumentException($"Cannot start {definition.Name} {instanceId}: {outcome.Reason}", nameof(inputJson));
        }

        var empty = new InstanceRecord(
            instanceId, definition.Name, definition.Version, RuntimeStatus.Pending, "", null, now, now, null, 0, 0, "",
            outcome.Summary, new Dictionary<string, AppliedEvent>(), [], null, null);
        var builder = new CommitBuilder(empty, now);
        builder.Record(new InstanceStarted(definition.Name, definition.Version, inputJson), actor);
        builder.Apply(outcome, actor);
        return builder.Build();
    }

    /// <summary>Decides one raised event against a snapshot.</summary>
    public static EngineStep Apply(WorkflowRegistry registry, InstanceRecord snapshot, EventEnvelope envelope, DateTimeOffset now)
    {
        var definition = registry.Definition(snapshot.Definition);
        if (envelope.IdempotencyKey is { } key)
        {
            if (snapshot.Applied.TryGetValue(key, out var previous))
            {
                return Refused(snapshot, RaiseOutcome.AlreadyDone, RefusalKind.AlreadyDone, $"Already done by {previous.Actor} at {previous.At:O}.", previous);
            }

            if (snapshot.Inbox.FirstOrDefault(d => d.IdempotencyKey == key) is { } waiting)
            {
                var pending = new AppliedEvent(waiting.Actor, waiting.At, 0);
                return Refused(snapshot, RaiseOutcome.AlreadyDone, RefusalKind.AlreadyDone, $"Already received from {waiting.Actor} at {waiting.At:O}; it is kept until the workflow waits for it.", pending);
            }
        }

        if (snapshot.Status.IsFinished())
        {
            return Refused(snapshot, RaiseOutcome.Finished, RefusalKind.Finished, $"Instance {snapshot.InstanceId} is {snapshot.Status}; it accepts no more events.");
        }

        var builder = new CommitBuilder(snapshot, now);
        switch (envelope.Event)
        {
            case InstanceSuspended suspended:
                if (snapshot.Status == RuntimeStatus.Suspended)
                {
                    return Refused(snapshot, RaiseOutcome.AlreadyDone, RefusalKind.AlreadyDone, "Instance is already suspended.");
                }

                builder.Record(suspended, envelope.Actor, envelope.IdempotencyKey);
                builder.SetStatus(RuntimeStatus.Suspended, suspended.Reason);
                return new EngineStep(Applied(snapshot), builder.Build());

            case InstanceResumed resumed:
                if (snapshot.Status != RuntimeStatus.Suspended)
                {
                    return Refused(snapshot, RaiseOutcome.Refused, RefusalKind.NotAllowed, $"Instance is {snapshot.Status}, not suspended.");
                }

                builder.Record(resumed, envelope.Actor, envelope.IdempotencyKey);
                builder.SetStatus(RuntimeStatus.Running, null);
                builder.DrainInbox(registry);
                return new EngineStep(Applied(snapshot), builder.Build());

            case InstanceTerminated terminated:
                builder.Record(terminated, envelope.Actor, envelope.IdempotencyKey);
                builder.SetStatus(RuntimeStatus.Terminated, terminated.Reason);
                return new EngineStep(Applied(snapshot), builder.Build());
        }

        if (snapshot.Status == RuntimeStatus.Suspended)
        {
            builder.Defer(envelope, "Instance is suspended.");
            return new EngineStep(Result(snapshot, RaiseOutcome.Deferred, "Instance is suspended; the event is kept until it resumes."), builder.Build());
        }

        var outcome = definition.Decide(snapshot.StateJson, envelope.Event, new TransitionContext(snapshot.InstanceId, now, envelope.Actor));
        switch (outcome.Kind)
        {
            case DecisionKind.Refused:
                var kind = outcome.Refusal == RefusalKind.AlreadyDone ? RaiseOutcome.AlreadyDone : RaiseOutcome.Refused;
                return Refused(snapshot, kind, outcome.Refusal, outcome.Reason);
            case DecisionKind.Deferred:
                builder.Defer(envelope, outcome.Reason ?? "Not waiting for it yet.");
                return new EngineStep(Result(snapshot, RaiseOutcome.Deferred, outcome.Reason), builder.Build());
            default:
                builder.Record(envelope.Event, envelope.Actor, envelope.IdempotencyKey);
                builder.Apply(outcome, envelope.Actor);
                builder.DrainInbox(registry);
                return new EngineStep(Applied(snapshot), builder.Build());
        }
    }

    private static RaiseResult Applied(InstanceRecord snapshot) =>
        new(RaiseOutcome.Applied, null, RefusalKind.None, null, snapshot.Version + 1);

    private static RaiseResult Result(InstanceRecord snapshot, RaiseOutcome outcome, string? reason) =>
        new(outcome, reason, RefusalKind.None, null, snapshot.Version + 1);

    private static EngineStep Refused(
        InstanceRecord snapshot, RaiseOutcome outcome, RefusalKind kind, string? reason, AppliedEvent? previous = null) =>
        new(new RaiseResult(outcome, reason, kind, previous, snapshot.Version), null);
}
