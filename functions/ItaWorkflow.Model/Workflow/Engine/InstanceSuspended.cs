namespace ItaWorkflow.Workflow.Engine;

/// <summary>An admin suspended the instance; events that arrive meanwhile are kept until it resumes.</summary>
public sealed record InstanceSuspended(string Reason) : WorkflowEvent;
