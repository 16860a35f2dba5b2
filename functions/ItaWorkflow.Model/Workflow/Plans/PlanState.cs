using ItaWorkflow.Reports;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Workflow.Plans;

/// <summary>The stored state of a plan instance.</summary>
public sealed record PlanState(
    string District,
    int FiscalYear,
    WorkflowCalendar Calendar,
    string Step,
    RuntimeStatus Status,
    IReadOnlyList<string> MeasureInstanceIds,
    IReadOnlyList<string> FinishedMeasures,
    IReadOnlyList<RoundReport> Reports,
    DateTimeOffset FirstHalfOpensAt,
    DateTimeOffset FullYearOpensAt,
    string? ReviewTimerId,
    DateTimeOffset? ReviewDue,
    int TimerSequence)
{
    public RoundReport Report(ReportRound round) => Reports.First(r => r.Round == round);
}
