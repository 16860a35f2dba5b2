namespace ItaWorkflow.Workflow.Engine;

/// <summary>One append-only history row of an instance.</summary>
/// <param name="Sequence">1-based position in the history.</param>
/// <param name="Type">Event type name.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="PayloadJson">The event as JSON.</param>
public sealed record HistoryEntry(long Sequence, string Type, DateTimeOffset At, string Actor, string PayloadJson);
