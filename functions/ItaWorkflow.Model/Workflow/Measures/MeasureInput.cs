using ItaWorkflow.Domain;

namespace ItaWorkflow.Workflow.Measures;

/// <summary>What starts a measure instance: the measure and where it belongs.</summary>
public sealed record MeasureInput(string PlanInstanceId, string District, int FiscalYear, Measure Measure, WorkflowCalendar Calendar);
