namespace ItaWorkflow.Workflow.Engine;

/// <summary>A durable timer came due.</summary>
public sealed record TimerFired(string TimerId, string Purpose, DateTimeOffset DueAt) : WorkflowEvent;
