namespace ItaWorkflow.Workflow.Engine;

/// <summary>Accumulates the rows of one commit while the engine applies an event and drains kept events.</summary>
internal sealed class CommitBuilder(InstanceRecord snapshot, DateTimeOffset now)
{
    private readonly List<HistoryEntry> history = [];
    private readonly List<OutboxEntry> outbox = [];
    private readonly Dictionary<string, AppliedEvent> applied = new(snapshot.Applied);
    private readonly List<DeferredEvent> inbox = [.. snapshot.Inbox];
    private readonly long version = snapshot.Version + 1;
    private InstanceRecord current = snapshot;
    private long sequence = snapshot.HistoryCount;

    public void Record(WorkflowEvent workflowEvent, string actor, string? idempotencyKey = null)
    {
        sequence++;
        history.Add(new HistoryEntry(sequence, workflowEvent.GetType().Name, now, actor, WorkflowRegistry.WriteEvent(workflowEvent)));
        if (idempotencyKey is not null)
        {
            applied[idempotencyKey] = new AppliedEvent(actor, now, sequence);
        }
    }

    public void Apply(DefinitionOutcome outcome, string actor)
    {
        foreach (var emitted in outcome.Emitted)
        {
            Record(emitted, actor);
        }

        foreach (var command in outcome.Commands)
        {
            outbox.Add(new OutboxEntry(
                current.InstanceId, InstanceStore.OutboxRow(current.InstanceId, version, outbox.Count), command, OutboxStatus.Pending, 0, null, now, null));
        }

        current = current with
        {
            StateJson = outcome.StateJson!,
            Step = outcome.Step,
            Status = outcome.Status,
            CustomStatusJson = outcome.CustomStatusJson,
            NextWakeUp = outcome.NextWakeUp,
            Summary = outcome.Summary ?? current.Summary,
        };
    }

    public void SetStatus(RuntimeStatus status, string? reason) =>
        current = current with { Status = status, StatusReason = reason };

    public void Defer(EventEnvelope envelope, string reason)
    {
        var type = envelope.Event.GetType().Name;
        inbox.Add(new DeferredEvent(type, WorkflowRegistry.WriteEvent(envelope.Event), envelope.Actor, envelope.IdempotencyKey, now));
        Record(new EventDeferred(type, reason), envelope.Actor);
    }

    /// <summary>Offers every kept event to the definition again until none applies.</summary>
    public void DrainInbox(WorkflowRegistry registry)
    {
        var definition = registry.Definition(current.Definition);
        var progressed = true;
        while (progressed && current.Status == RuntimeStatus.Running && inbox.Count > 0)
        {
            progressed = false;
            foreach (var kept in inbox.ToList())
            {
                var workflowEvent = registry.ReadEvent(kept.Type, kept.Json);
                var outcome = definition.Decide(current.StateJson, workflowEvent, new TransitionContext(current.InstanceId, now, kept.Actor));
                if (outcome.Kind == DecisionKind.Deferred)
                {
                    continue;
                }

                inbox.Remove(kept);
                progressed = true;
                if (outcome.Kind == DecisionKind.Applied)
                {
                    Record(workflowEvent, kept.Actor, kept.IdempotencyKey);
                    Apply(outcome, kept.Actor);
                    break;
                }

                Record(new EventDiscarded(kept.Type, outcome.Reason ?? "Not applicable."), kept.Actor);
            }
        }
    }

    public InstanceCommit Build() => new(
        current with
        {
            Version = version,
            HistoryCount = sequence,
            UpdatedAt = now,
            Applied = applied,
            Inbox = [.. inbox],
        },
        history,
        outbox);
}
