namespace ItaWorkflow.Workflow.Engine;

/// <summary>History note that a kept event turned out not to apply when offered again.</summary>
public sealed record EventDiscarded(string EventType, string Reason) : WorkflowEvent;
