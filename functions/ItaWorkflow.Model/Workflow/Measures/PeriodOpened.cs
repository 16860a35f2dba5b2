using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Measures;

/// <summary>History: a follow-up period opened for progress.</summary>
public sealed record PeriodOpened(int Period, DateOnly Due) : WorkflowEvent;
