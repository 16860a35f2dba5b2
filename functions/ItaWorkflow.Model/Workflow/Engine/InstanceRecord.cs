namespace ItaWorkflow.Workflow.Engine;

/// <summary>The stored snapshot of an instance (row <c>!state</c> of its partition).</summary>
public sealed record InstanceRecord(
    string InstanceId,
    string Definition,
    int DefinitionVersion,
    RuntimeStatus Status,
    string Step,
    string? CustomStatusJson,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? NextWakeUp,
    long Version,
    long HistoryCount,
    string StateJson,
    InstanceSummary Summary,
    IReadOnlyDictionary<string, AppliedEvent> Applied,
    IReadOnlyList<DeferredEvent> Inbox,
    string? StatusReason,
    string? ETag);
