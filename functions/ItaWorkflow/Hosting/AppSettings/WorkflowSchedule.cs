namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>The follow-up schedule in force for one district (see <see cref="WorkflowOptions"/>).</summary>
/// <param name="ProgressDueDay">Day of the month progress is due.</param>
/// <param name="ReminderDaysBefore">Days before the due day that the division is reminded.</param>
/// <param name="EscalationLevel1DaysAfter">Days after the due day that the division head is told.</param>
/// <param name="EscalationLevel2DaysAfter">Days after the due day that the director is told.</param>
/// <param name="ReviewReminderDays">Days a report may wait for review before the director is reminded.</param>
/// <param name="ReviewEscalationDays">Days a report may wait for review before it escalates.</param>
/// <param name="Holidays">Non-working days, ascending.</param>
public sealed record WorkflowSchedule(
    int ProgressDueDay,
    int ReminderDaysBefore,
    int EscalationLevel1DaysAfter,
    int EscalationLevel2DaysAfter,
    int ReviewReminderDays,
    int ReviewEscalationDays,
    IReadOnlyList<DateOnly> Holidays);
