namespace ItaWorkflow.Workflow.Engine;

/// <summary>A message on the engine work queue.</summary>
/// <param name="Kind"><see cref="WorkKind"/>: dispatch outbox rows, or deliver a fired timer.</param>
/// <param name="InstanceId">The instance concerned.</param>
/// <param name="OutboxRows">For dispatch: the outbox row keys to run.</param>
/// <param name="TimerId">For a timer: its id.</param>
/// <param name="Purpose">For a timer: its purpose.</param>
/// <param name="DueAt">For a timer: when it was due.</param>
/// <param name="Deliveries">For <see cref="WorkKind.Deliver"/>: the committed rows, possibly of several instances.</param>
public sealed record WorkMessage(
    WorkKind Kind,
    string InstanceId,
    IReadOnlyList<string>? OutboxRows = null,
    string? TimerId = null,
    string? Purpose = null,
    DateTimeOffset? DueAt = null,
    IReadOnlyList<OutboxDelivery>? Deliveries = null);
