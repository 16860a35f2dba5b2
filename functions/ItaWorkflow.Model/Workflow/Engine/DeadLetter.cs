namespace ItaWorkflow.Workflow.Engine;

/// <summary>Work that failed too often, parked for an admin to look at and retry.</summary>
/// <param name="Id">Row key of the dead letter.</param>
/// <param name="InstanceId">Instance whose work failed.</param>
/// <param name="OutboxRow">The outbox row, when the failed work was a command; null for an unreadable message.</param>
/// <param name="What">Short description: command type or message kind.</param>
/// <param name="Error">The last error.</param>
/// <param name="Attempts">How many times it was tried.</param>
/// <param name="ParkedAt">When it was parked.</param>
/// <param name="MessageBody">The raw queue message, for work that never reached an outbox row.</param>
public sealed record DeadLetter(
    string Id,
    string InstanceId,
    string? OutboxRow,
    string What,
    string Error,
    int Attempts,
    DateTimeOffset ParkedAt,
    string? MessageBody);
