using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>
/// Decides one received message against a generation: the engine's rules (idempotency keys, finished cases, kept
/// early events) around the definition's pure transition table. Pure, so the orchestrator replays it identically.
/// </summary>
public static class WorkflowStepper
{
    /// <summary>Decides <see cref="WorkflowGeneration.Pending"/> at <paramref name="now"/>.</summary>
    /// <param name="catalog">The registered definitions.</param>
    /// <param name="instanceId">The case's instance id.</param>
    /// <param name="generation">The generation holding the message to decide.</param>
    /// <param name="now">The time of the decision (a timer's due time at the earliest).</param>
    /// <exception cref="ArgumentException">The generation has nothing pending, or its start input is refused.</exception>
    public static StepPlan Step(WorkflowCatalog catalog, string instanceId, WorkflowGeneration generation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(generation);
        var message = generation.Pending ?? throw new ArgumentException("Nothing is pending.", nameof(generation));
        var definition = catalog.Get(generation.Definition, generation.Version);
        var waiting = generation with
        {
            Pending = null,
            Version = definition.Version,
            Clock = now > generation.Clock ? now : generation.Clock,
        };
        var builder = new StepBuilder(waiting, now);
        var unchanged = new StepPlan(waiting, [], [], new RaiseResult(RaiseOutcome.Applied, null, RefusalKind.None, null, generation.Sequence));
        if (generation.StateJson is null)
        {
            var started = definition.Start(message.EventJson, new TransitionContext(instanceId, now, message.Actor));
            if (started.Kind != DecisionKind.Applied)
            {
                throw new ArgumentException($"Cannot start {definition.Name} {instanceId}: {started.Reason}", nameof(generation));
            }

            builder.Record(new InstanceStarted(definition.Name, definition.Version, message.EventJson), message.Actor);
            builder.Apply(started, message.Actor);
            var plan = builder.Build(Result(RaiseOutcome.Applied, null, RefusalKind.None, generation.Sequence + 1));
            return plan with { Next = plan.Next with { CreatedAt = now } };
        }

        if (message.IdempotencyKey is { } key && generation.Applied.TryGetValue(key, out var previous))
        {
            return unchanged with
            {
                Result = new RaiseResult(RaiseOutcome.AlreadyDone, $"Already done by {previous.Actor} at {previous.At:O}.", RefusalKind.AlreadyDone, previous, generation.Sequence),
            };
        }

        if (message.IdempotencyKey is { } keptKey && generation.Kept.FirstOrDefault(k => k.IdempotencyKey == keptKey) is { } early)
        {
            return unchanged with
            {
                Result = Result(RaiseOutcome.AlreadyDone, $"Already received from {early.Actor}; it is kept until the workflow waits for it.", RefusalKind.AlreadyDone, generation.Sequence),
            };
        }

        if (generation.IsFinished)
        {
            return unchanged with
            {
                Result = Result(RaiseOutcome.Finished, $"Instance {instanceId} is {generation.Status}; it accepts no more events.", RefusalKind.Finished, generation.Sequence),
            };
        }

        var workflowEvent = catalog.ReadEvent(message.EventType, message.EventJson);
        var outcome = definition.Decide(generation.StateJson, workflowEvent, new TransitionContext(instanceId, now, message.Actor));
        switch (outcome.Kind)
        {
            case DecisionKind.Refused:
                var kind = outcome.Refusal == RefusalKind.AlreadyDone ? RaiseOutcome.AlreadyDone : RaiseOutcome.Refused;
                return unchanged with { Result = Result(kind, outcome.Reason, outcome.Refusal, generation.Sequence) };
            case DecisionKind.Deferred:
                builder.Defer(message, outcome.Reason ?? "Not waiting for it yet.");
                return builder.Build(Result(RaiseOutcome.Deferred, outcome.Reason, RefusalKind.None, generation.Sequence + 1));
            default:
                builder.Record(workflowEvent, message.Actor, message.IdempotencyKey);
                builder.Apply(outcome, message.Actor);
                builder.DrainKept(definition, catalog, instanceId);
                return builder.Build(Result(RaiseOutcome.Applied, null, RefusalKind.None, generation.Sequence + 1));
        }
    }

    private static RaiseResult Result(RaiseOutcome outcome, string? reason, RefusalKind refusal, long sequence) =>
        new(outcome, reason, refusal, null, sequence);
}
