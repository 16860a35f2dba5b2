using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Measures;

/// <summary>The director approved a period's progress.</summary>
public sealed record ProgressApproved(int Period, string Comment) : WorkflowEvent;
