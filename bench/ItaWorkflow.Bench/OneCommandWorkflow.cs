using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Bench;

/// <summary>
/// The engine bench's like-for-like workload: every event counts and sends one email, so a commit writes exactly what
/// the raw op writes (the state row, one history row, one outbox row) and the bench sees the engine's own cost.
/// </summary>
public sealed class OneCommandWorkflow : WorkflowDefinition<OneCommandWorkflow.State, OneCommandWorkflow.Input>
{
    public const string DefinitionName = "bench-one-command";
    private const string Step = "Counting";

    public override string Name => DefinitionName;

    public override int Version => 1;

    public override IReadOnlyCollection<Type> EventTypes => [typeof(Counted)];

    public override Decision<State> Start(Input input, TransitionContext context) => Decision.Apply(new State(input.District, 0));

    public override string StepOf(State state) => Step;

    public override RuntimeStatus StatusOf(State state) => RuntimeStatus.Running;

    public override InstanceSummary Describe(State state) => new("bench", state.District, 2567, 1, [], null);

    public override DateTimeOffset? NextWakeUpOf(State state) => null;

    protected override TransitionTable<State> BuildTransitions() => new TransitionTable<State>(StepOf)
        .On<Counted>(Step, (state, counted, _) => Decision.Apply(
            state with { Count = state.Count + 1 },
            commands: [new SendEmail("bench", EmailAudience.Division, state.District, ["bench"], new Dictionary<string, string> { ["count"] = $"{counted.Number}" })]));

    public sealed record Input(string District);

    public sealed record State(string District, int Count);

    public sealed record Counted(int Number) : WorkflowEvent;
}
