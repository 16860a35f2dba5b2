using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Measures;

/// <summary>The director approved the submitted progress and declared the measure complete before year end.</summary>
public sealed record CompletionApproved(int Period, string Comment) : WorkflowEvent;
