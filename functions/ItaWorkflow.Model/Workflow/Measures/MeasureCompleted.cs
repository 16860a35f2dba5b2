using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Measures;

/// <summary>History: the measure workflow finished (fiscal-year end or early completion).</summary>
public sealed record MeasureCompleted(string Reason, int ApprovedPeriods, int MissedPeriods) : WorkflowEvent;
