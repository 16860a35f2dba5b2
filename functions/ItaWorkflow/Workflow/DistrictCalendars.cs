using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Workflow.Measures;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Workflow;

/// <summary>Turns the configured follow-up schedule of a district into the calendar its workflows run on.</summary>
public sealed class DistrictCalendars(IOptions<WorkflowOptions> options)
{
    public WorkflowCalendar For(string district)
    {
        var schedule = options.Value.ForDistrict(district);
        return WorkflowCalendar.Default with
        {
            ProgressDueDay = schedule.ProgressDueDay,
            ReminderDaysBefore = schedule.ReminderDaysBefore,
            EscalationLevel1DaysAfter = schedule.EscalationLevel1DaysAfter,
            EscalationLevel2DaysAfter = schedule.EscalationLevel2DaysAfter,
            ReviewReminderDays = schedule.ReviewReminderDays,
            ReviewEscalationDays = schedule.ReviewEscalationDays,
            Holidays = schedule.Holidays,
        };
    }
}
