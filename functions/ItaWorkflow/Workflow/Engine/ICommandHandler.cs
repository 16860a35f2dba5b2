namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// Executes one kind of outbox command. Runs at least once per outbox row, so it must be idempotent,
/// keyed by <see cref="OutboxEntry.Id"/>.
/// </summary>
public interface ICommandHandler
{
    Type CommandType { get; }

    Task ExecuteAsync(OutboxEntry entry, CancellationToken cancellationToken);
}
