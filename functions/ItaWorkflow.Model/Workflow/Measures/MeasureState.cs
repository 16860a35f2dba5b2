using ItaWorkflow.Domain;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Measures;

/// <summary>The stored state of a measure instance.</summary>
public sealed record MeasureState(
    string PlanInstanceId,
    string District,
    int FiscalYear,
    Measure Measure,
    WorkflowCalendar Calendar,
    string Step,
    RuntimeStatus Status,
    IReadOnlyList<string> Divisions,
    IReadOnlyList<string> Acknowledged,
    IReadOnlyList<FollowUpPeriod> Periods,
    IReadOnlyList<PeriodProgress> Progress,
    int Current,
    Wait? Wait,
    string FiscalYearEndTimerId,
    DateTimeOffset FiscalYearEndsAt,
    int TimerSequence,
    string? CompletionReason)
{
    public FollowUpPeriod CurrentPeriod => Periods[Current];

    public PeriodProgress CurrentProgress => Progress[Current];
}
