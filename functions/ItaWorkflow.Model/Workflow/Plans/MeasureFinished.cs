using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Plans;

/// <summary>Raised on the plan instance when one of its measure instances completes.</summary>
public sealed record MeasureFinished(string MeasureId, string InstanceId, int ApprovedPeriods, int MissedPeriods) : WorkflowEvent;
