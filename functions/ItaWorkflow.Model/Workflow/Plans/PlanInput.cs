using ItaWorkflow.Domain;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Workflow.Plans;

/// <summary>What activates a district plan: the plan, the district's calendar and report schedule.</summary>
public sealed record PlanInput(Plan Plan, WorkflowCalendar Calendar, ReportSchedule Schedule);
