namespace ItaWorkflow.Workflow.Engine;

/// <summary>First history entry of every instance.</summary>
public sealed record InstanceStarted(string Definition, int DefinitionVersion, string InputJson) : WorkflowEvent;
