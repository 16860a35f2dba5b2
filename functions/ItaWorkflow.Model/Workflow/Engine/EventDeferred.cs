namespace ItaWorkflow.Workflow.Engine;

/// <summary>History note that an early event was kept for later.</summary>
public sealed record EventDeferred(string EventType, string Reason) : WorkflowEvent;
