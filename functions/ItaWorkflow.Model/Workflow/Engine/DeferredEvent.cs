namespace ItaWorkflow.Workflow.Engine;

/// <summary>An event that arrived before the instance waited for it (or while suspended), kept in the snapshot.</summary>
public sealed record DeferredEvent(string Type, string Json, string Actor, string? IdempotencyKey, DateTimeOffset At);
