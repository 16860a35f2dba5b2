using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Tests.Workflow.Durable;

/// <summary>A definition whose only wait is a timer a few seconds away, to run the loop on a real durable timer.</summary>
public sealed class AlarmWorkflow : WorkflowDefinition<AlarmState, AlarmInput>
{
    public const string DefinitionName = "alarm";

    public override string Name => DefinitionName;

    public override int Version => 1;

    public override IReadOnlyCollection<Type> EventTypes { get; } = [];

    public override Decision<AlarmState> Start(AlarmInput input, TransitionContext context)
    {
        var due = context.Now.AddSeconds(input.Seconds);
        return Decision.Apply(new AlarmState(context.Now, due, null), null, [new ScheduleTimer("ring", due, "alarm")]);
    }

    public override string StepOf(AlarmState state) => state.RangAt is null ? "Waiting" : "Rang";

    public override RuntimeStatus StatusOf(AlarmState state) => state.RangAt is null ? RuntimeStatus.Running : RuntimeStatus.Completed;

    public override InstanceSummary Describe(AlarmState state) => new("นาฬิกาปลุก", "ทดสอบ", 2567, 0, [], state.DueAt);

    public override DateTimeOffset? NextWakeUpOf(AlarmState state) => state.RangAt is null ? state.DueAt : null;

    protected override TransitionTable<AlarmState> BuildTransitions() => new TransitionTable<AlarmState>(StepOf)
        .On<TimerFired>("Waiting", (state, _, context) => Decision.Apply(state with { RangAt = context.Now }));
}
