namespace ItaWorkflow.Workflow.Engine;

/// <summary>A command waiting to be (or already) dispatched, stored in the instance's partition.</summary>
/// <param name="InstanceId">Owning instance.</param>
/// <param name="RowKey">Row key inside the instance partition; with the instance id it is the idempotency key.</param>
/// <param name="Command">The command.</param>
/// <param name="Status">Dispatch status.</param>
/// <param name="Attempts">Failed attempts so far.</param>
/// <param name="LastError">Last failure message, if any.</param>
/// <param name="CreatedAt">Commit time.</param>
/// <param name="DoneAt">When it was dispatched.</param>
/// <param name="ClaimedUntil">While <see cref="OutboxStatus.Dispatching"/>: when the consumer's lease ends.</param>
public sealed record OutboxEntry(
    string InstanceId,
    string RowKey,
    WorkflowCommand Command,
    OutboxStatus Status,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DoneAt,
    DateTimeOffset? ClaimedUntil = null)
{
    /// <summary>Globally unique id of this outbox row.</summary>
    public string Id => OutboxId.Of(InstanceId, RowKey);

    /// <summary>Whether a consumer may take this row now.</summary>
    public bool IsDispatchable(DateTimeOffset now) =>
        Status is OutboxStatus.Pending or OutboxStatus.RetryScheduled
        || (Status == OutboxStatus.Dispatching && (ClaimedUntil is null || ClaimedUntil <= now));
}
