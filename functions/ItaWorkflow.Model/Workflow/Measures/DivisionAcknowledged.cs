using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Measures;

/// <summary>A responsible division acknowledged the assignment (รับทราบ).</summary>
public sealed record DivisionAcknowledged(string Division) : WorkflowEvent;
