using System.Text.Json;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// Base of typed workflow definitions: subclasses supply the start transition, the transition table and
/// how to describe a state; this class does the JSON plumbing the engine needs.
/// </summary>
public abstract class WorkflowDefinition<TState, TInput> : IWorkflowDefinition
    where TState : class
    where TInput : class
{
    private TransitionTable<TState>? transitions;

    public abstract string Name { get; }

    public abstract int Version { get; }

    public abstract IReadOnlyCollection<Type> EventTypes { get; }

    /// <summary>The transition table, built once.</summary>
    public TransitionTable<TState> Transitions => transitions ??= BuildTransitions();

    public DefinitionOutcome Start(string inputJson, TransitionContext context)
    {
        var input = JsonSerializer.Deserialize<TInput>(inputJson, EngineJson.Options)
            ?? throw new ArgumentException($"Input for {Name} is empty.", nameof(inputJson));
        return ToOutcome(Start(input, context));
    }

    public DefinitionOutcome Decide(string stateJson, WorkflowEvent workflowEvent, TransitionContext context)
    {
        var state = ReadState(stateJson);
        return ToOutcome(Decide(state, workflowEvent, context));
    }

    /// <summary>Typed decision, for unit and property tests.</summary>
    public Decision<TState> Decide(TState state, WorkflowEvent workflowEvent, TransitionContext context) =>
        Transitions.Decide(state, workflowEvent, context);

    /// <summary>Typed start, for unit and property tests.</summary>
    public abstract Decision<TState> Start(TInput input, TransitionContext context);

    public TState ReadState(string stateJson) =>
        JsonSerializer.Deserialize<TState>(stateJson, EngineJson.Options)
        ?? throw new InvalidOperationException($"Stored state of {Name} is empty.");

    public abstract string StepOf(TState state);

    public abstract RuntimeStatus StatusOf(TState state);

    public abstract InstanceSummary Describe(TState state);

    public abstract DateTimeOffset? NextWakeUpOf(TState state);

    /// <summary>Small JSON object for the admin page; null when there is nothing to add.</summary>
    public virtual object? CustomStatusOf(TState state) => null;

    protected abstract TransitionTable<TState> BuildTransitions();

    private DefinitionOutcome ToOutcome(Decision<TState> decision)
    {
        if (decision.Kind != DecisionKind.Applied || decision.State is null)
        {
            return new DefinitionOutcome(
                decision.Kind, decision.Reason, decision.Refusal, null, "", RuntimeStatus.Running, null, null, null, [], []);
        }

        var state = decision.State;
        var custom = CustomStatusOf(state);
        return new DefinitionOutcome(
            DecisionKind.Applied,
            null,
            RefusalKind.None,
            JsonSerializer.Serialize(state, EngineJson.Options),
            StepOf(state),
            StatusOf(state),
            custom is null ? null : JsonSerializer.Serialize(custom, EngineJson.Options),
            NextWakeUpOf(state),
            Describe(state),
            decision.Emitted,
            decision.Commands);
    }
}
