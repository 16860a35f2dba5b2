namespace ItaWorkflow.Workflow.Engine;

/// <summary>A message on the engine work queue.</summary>
/// <param name="Kind"><see cref="WorkKind"/>: what the message asks for.</param>
/// <param name="InstanceId">The instance concerned (the first one, when the message carries several).</param>
/// <param name="OutboxRows">For dispatch: the outbox row keys to run.</param>
/// <param name="Timers">For <see cref="WorkKind.Timer"/>: the fired timers, possibly of several instances.</param>
/// <param name="Deliveries">For <see cref="WorkKind.Deliver"/>: the committed rows, possibly of several instances.</param>
public sealed record WorkMessage(
    WorkKind Kind,
    string InstanceId,
    IReadOnlyList<string>? OutboxRows = null,
    IReadOnlyList<OutboxDelivery>? Deliveries = null,
    IReadOnlyList<DueTimer>? Timers = null);
