namespace ItaWorkflow.Workflow.Engine;

/// <summary>Everything one transition writes: the new snapshot, new history rows and new outbox rows.</summary>
public sealed record InstanceCommit(InstanceRecord Snapshot, IReadOnlyList<HistoryEntry> History, IReadOnlyList<OutboxEntry> Outbox);
