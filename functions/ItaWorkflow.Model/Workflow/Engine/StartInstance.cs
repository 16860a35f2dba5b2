namespace ItaWorkflow.Workflow.Engine;

/// <summary>Start a child instance; starting an id that already exists is a no-op, so retries are safe.</summary>
public sealed record StartInstance(string InstanceId, string Definition, string InputJson) : WorkflowCommand;
