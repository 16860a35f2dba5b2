namespace ItaWorkflow.Workflow.Engine;

/// <summary>Raise an event on another instance; the outbox row id is its idempotency key.</summary>
/// <param name="TargetInstanceId">The instance to raise it on.</param>
/// <param name="EventType">Event type name as registered by the target's definition.</param>
/// <param name="EventJson">The event serialized as JSON.</param>
public sealed record RaiseEvent(string TargetInstanceId, string EventType, string EventJson) : WorkflowCommand;
