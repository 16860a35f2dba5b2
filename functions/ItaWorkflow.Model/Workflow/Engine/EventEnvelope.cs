namespace ItaWorkflow.Workflow.Engine;

/// <summary>An event raised on an instance, with who raised it.</summary>
/// <param name="Event">The event.</param>
/// <param name="Actor">Who raised it: an email address, <c>system</c>, <c>timer</c> or an admin principal.</param>
/// <param name="IdempotencyKey">
/// Raising the same key twice applies it once; the second raise is answered with who applied it and when.
/// Null means the event is never deduplicated by key (the state machine may still refuse it).
/// </param>
public sealed record EventEnvelope(WorkflowEvent Event, string Actor, string? IdempotencyKey = null);
