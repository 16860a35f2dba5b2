namespace ItaWorkflow.Workflow.Engine;

/// <summary>An admin terminated the instance; it accepts no more events.</summary>
public sealed record InstanceTerminated(string Reason) : WorkflowEvent;
