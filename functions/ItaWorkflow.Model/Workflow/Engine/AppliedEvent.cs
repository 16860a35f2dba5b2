namespace ItaWorkflow.Workflow.Engine;

/// <summary>Who applied an idempotency key, and when, so a repeat can be answered precisely.</summary>
public sealed record AppliedEvent(string Actor, DateTimeOffset At, long Sequence);
