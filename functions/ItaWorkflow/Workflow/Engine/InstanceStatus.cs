namespace ItaWorkflow.Workflow.Engine;

/// <summary>What a status query returns: the snapshot, and optionally history, outbox and pending timers.</summary>
public sealed record InstanceStatus(
    InstanceRecord Instance,
    IReadOnlyList<HistoryEntry> History,
    IReadOnlyList<OutboxEntry> Outbox,
    IReadOnlyList<DueTimer> Timers);
