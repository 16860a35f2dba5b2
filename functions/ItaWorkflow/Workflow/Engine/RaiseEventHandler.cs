namespace ItaWorkflow.Workflow.Engine;

/// <summary>Raises an event on another instance with the outbox id as idempotency key.</summary>
public sealed class RaiseEventHandler(WorkflowClient client) : ICommandHandler
{
    public bool RequiresClaim => false;

    public Type CommandType => typeof(RaiseEvent);

    public async Task ExecuteAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var command = (RaiseEvent)entry.Command;
        var result = await client.RaiseEventAsync(
            command.TargetInstanceId, command.EventType, command.EventJson, entry.InstanceId, entry.Id, cancellationToken);
        if (result.Outcome == RaiseOutcome.NotFound)
        {
            // The target may not be started yet (its start is another outbox row); retry with backoff.
            throw new InvalidOperationException($"Target instance {command.TargetInstanceId} does not exist (yet).");
        }
    }
}
