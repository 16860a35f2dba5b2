namespace ItaWorkflow.Workflow.Engine;

/// <summary>An admin resumed a suspended instance.</summary>
public sealed record InstanceResumed(string Reason) : WorkflowEvent;
