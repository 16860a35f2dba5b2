namespace ItaWorkflow.Workflow.Engine;

/// <summary>A definition's decision in storage terms: state as JSON plus what the engine records about it.</summary>
public sealed record DefinitionOutcome(
    DecisionKind Kind,
    string? Reason,
    RefusalKind Refusal,
    string? StateJson,
    string Step,
    RuntimeStatus Status,
    string? CustomStatusJson,
    DateTimeOffset? NextWakeUp,
    InstanceSummary? Summary,
    IReadOnlyList<WorkflowEvent> Emitted,
    IReadOnlyList<WorkflowCommand> Commands);
