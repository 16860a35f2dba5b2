using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Measures;

/// <summary>An admin moved the due day of the current wait.</summary>
public sealed record DueDateChanged(DateOnly Due, string Reason) : WorkflowEvent;
