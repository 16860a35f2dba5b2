namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// An outbox row handed to the queue straight after its commit, with its command and the ETag the commit gave it,
/// so the first delivery runs it without reading it back. Redeliveries read the row instead.
/// </summary>
public sealed record OutboxDelivery(string InstanceId, string RowKey, string ETag, WorkflowCommand Command, DateTimeOffset CreatedAt)
{
    public OutboxEntry ToEntry() => new(InstanceId, RowKey, Command, OutboxStatus.Pending, 0, null, CreatedAt, null);
}
