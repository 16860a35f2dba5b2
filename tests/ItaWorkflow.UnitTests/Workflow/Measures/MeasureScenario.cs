using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Tests.Workflow.Measures;

/// <summary>Drives the pure measure definition: keeps state, the timers it scheduled and the commands it issued.</summary>
public sealed class MeasureScenario
{
    public MeasureWorkflow Workflow { get; } = new();

    public MeasureState State { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public List<WorkflowCommand> Commands { get; } = [];

    public List<WorkflowEvent> Emitted { get; } = [];

    public Dictionary<string, ScheduleTimer> Timers { get; } = [];

    public MeasureScenario(MeasureInput input, DateTimeOffset start)
    {
        Now = start;
        var decision = Workflow.Start(input, Context());
        State = decision.State!;
        Record(decision);
    }

    public IEnumerable<SendEmail> Emails => Commands.OfType<SendEmail>();

    public Decision<MeasureState> Raise(WorkflowEvent workflowEvent)
    {
        var decision = Workflow.Decide(State, workflowEvent, Context());
        if (decision.Kind == DecisionKind.Applied)
        {
            State = decision.State!;
            Record(decision);
        }

        return decision;
    }

    public Decision<MeasureState> Apply(WorkflowEvent workflowEvent)
    {
        var decision = Raise(workflowEvent);
        Assert.True(decision.Kind == DecisionKind.Applied, $"{workflowEvent.GetType().Name} was {decision.Kind}: {decision.Reason}");
        return decision;
    }

    /// <summary>Moves the clock to the current wait's timer and fires it.</summary>
    public ScheduleTimer FireWaitTimer()
    {
        var timer = Timers[State.Wait!.TimerId!];
        Now = timer.DueAt;
        Apply(new TimerFired(timer.TimerId, timer.Purpose, timer.DueAt));
        return timer;
    }

    public void At(DateTimeOffset now) => Now = now;

    private TransitionContext Context() => new("ทดสอบ-2567-M01", Now, "test");

    private void Record(Decision<MeasureState> decision)
    {
        Commands.AddRange(decision.Commands);
        Emitted.AddRange(decision.Emitted);
        foreach (var timer in decision.Commands.OfType<ScheduleTimer>())
        {
            Timers[timer.TimerId] = timer;
        }
    }
}
