using ItaWorkflow.Domain;

namespace ItaWorkflow.Workflow.Measures;

/// <summary>Splits a fiscal year into follow-up periods by cadence (every 1, 2, 3, 6 or 12 months).</summary>
public static class FollowUpSchedule
{
    public static IReadOnlyList<FollowUpPeriod> For(FiscalYear fiscalYear, FollowUpCadence cadence, WorkflowCalendar calendar)
    {
        var months = Math.Clamp(cadence.Months, 1, 12);
        var periods = new List<FollowUpPeriod>();
        for (var first = 0; first < 12; first += months)
        {
            var start = fiscalYear.Start.AddMonths(first);
            var lastMonth = fiscalYear.Start.AddMonths(Math.Min(first + months, 12) - 1);
            var end = new DateOnly(lastMonth.Year, lastMonth.Month, DateTime.DaysInMonth(lastMonth.Year, lastMonth.Month));
            var due = calendar.WorkingDayFrom(new DateOnly(lastMonth.Year, lastMonth.Month, Math.Min(calendar.ProgressDueDay, end.Day)));
            periods.Add(new FollowUpPeriod(periods.Count, start, end, due));
        }

        return periods;
    }
}
