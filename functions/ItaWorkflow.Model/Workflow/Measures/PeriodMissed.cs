using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Measures;

/// <summary>History: a period closed without approved progress.</summary>
public sealed record PeriodMissed(int Period) : WorkflowEvent;
