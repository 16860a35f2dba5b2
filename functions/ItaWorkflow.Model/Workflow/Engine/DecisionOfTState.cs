namespace ItaWorkflow.Workflow.Engine;

/// <summary>The result of a pure transition: the next state, the events to record and the commands to run.</summary>
public sealed record Decision<TState>(
    DecisionKind Kind,
    TState? State,
    string? Reason,
    RefusalKind Refusal,
    IReadOnlyList<WorkflowEvent> Emitted,
    IReadOnlyList<WorkflowCommand> Commands)
    where TState : class;
