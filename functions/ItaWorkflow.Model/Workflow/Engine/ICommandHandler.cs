namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// Executes one kind of outbox command. Runs at least once per outbox row, so it must be idempotent,
/// keyed by <see cref="OutboxEntry.Id"/>.
/// </summary>
public interface ICommandHandler
{
    Type CommandType { get; }

    /// <summary>
    /// Whether a consumer must claim the row before running it, so that two consumers holding the same row (a late
    /// duplicate delivery) never run it concurrently. Handlers whose repeats are harmless by construction (an upsert,
    /// a start that answers "already exists", a raise with an idempotency key) say no and save the claim write.
    /// </summary>
    bool RequiresClaim => true;

    Task ExecuteAsync(OutboxEntry entry, CancellationToken cancellationToken);
}
