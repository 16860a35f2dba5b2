using System.Globalization;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>Accumulates one step: timeline entries, commands, timers and the state the definition returns.</summary>
internal sealed class StepBuilder(WorkflowGeneration start, DateTimeOffset now)
{
    private readonly List<HistoryEntry> timeline = [];
    private readonly List<PlannedCommand> commands = [];
    private readonly Dictionary<string, AppliedEvent> applied = new(start.Applied, StringComparer.Ordinal);
    private readonly List<WorkflowEventMessage> kept = [.. start.Kept];
    private readonly List<DurableTimer> timers = [.. start.Timers];
    private readonly long step = start.Sequence + 1;
    private WorkflowGeneration current = start;
    private long history = start.HistoryCount;

    public WorkflowGeneration Current => current;

    public void Record(WorkflowEvent workflowEvent, string actor, string? idempotencyKey = null)
    {
        history++;
        timeline.Add(new HistoryEntry(history, workflowEvent.GetType().Name, now, actor, WorkflowRegistry.WriteEvent(workflowEvent)));
        if (idempotencyKey is not null)
        {
            applied[idempotencyKey] = new AppliedEvent(actor, now, history);
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
            if (command is ScheduleTimer timer)
            {
                timers.RemoveAll(t => t.TimerId == timer.TimerId);
                timers.Add(new DurableTimer(timer.TimerId, timer.DueAt, timer.Purpose));
            }
            else
            {
                commands.Add(new PlannedCommand(string.Create(CultureInfo.InvariantCulture, $"d{step:D6}-{commands.Count:D2}"), command));
            }
        }

        current = current with
        {
            StateJson = outcome.StateJson,
            Step = outcome.Step,
            Status = outcome.Status,
            CustomStatusJson = outcome.CustomStatusJson,
            Summary = outcome.Summary ?? current.Summary,
        };
    }

    public void Defer(WorkflowEventMessage message, string reason)
    {
        kept.Add(message);
        Record(new EventDeferred(message.EventType, reason), message.Actor);
    }

    /// <summary>Offers every kept event to the definition again until none applies, as the engine does.</summary>
    public void DrainKept(IWorkflowDefinition definition, WorkflowCatalog catalog, string instanceId)
    {
        var progressed = true;
        while (progressed && current.Status == RuntimeStatus.Running && kept.Count > 0)
        {
            progressed = false;
            foreach (var message in kept.ToList())
            {
                var workflowEvent = catalog.ReadEvent(message.EventType, message.EventJson);
                var outcome = definition.Decide(current.StateJson!, workflowEvent, new TransitionContext(instanceId, now, message.Actor));
                if (outcome.Kind == DecisionKind.Deferred)
                {
                    continue;
                }

                kept.Remove(message);
                progressed = true;
                if (outcome.Kind == DecisionKind.Applied)
                {
                    Record(workflowEvent, message.Actor, message.IdempotencyKey);
                    Apply(outcome, message.Actor);
                    break;
                }

                Record(new EventDiscarded(message.EventType, outcome.Reason ?? "Not applicable."), message.Actor);
            }
        }
    }

    public StepPlan Build(RaiseResult result) => new(
        current with
        {
            Sequence = step,
            HistoryCount = history,
            Applied = applied,
            Kept = [.. kept],
            // A finished case waits for nothing; its leftover wake-ups would only be refused as stale.
            Timers = current.IsFinished ? [] : [.. timers],
        },
        commands,
        timeline,
        result);
}
