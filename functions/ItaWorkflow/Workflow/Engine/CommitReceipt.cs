namespace ItaWorkflow.Workflow.Engine;

/// <summary>What a successful commit returned: the snapshot's new ETag and each new outbox row's ETag, in order.</summary>
public sealed record CommitReceipt(string SnapshotETag, IReadOnlyList<string> OutboxETags);
