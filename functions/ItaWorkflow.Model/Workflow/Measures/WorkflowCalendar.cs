namespace ItaWorkflow.Workflow.Measures;

/// <summary>
/// A district's follow-up days. Defaults: progress due on the 25th, reminder 3 days before, escalation to
/// the division head 2 days after and to the director 5 days after; the director is reminded about a
/// waiting review after 3 days and escalated after 7.
/// </summary>
public sealed record WorkflowCalendar(
    int ProgressDueDay = 25,
    int ReminderDaysBefore = 3,
    int EscalationLevel1DaysAfter = 2,
    int EscalationLevel2DaysAfter = 5,
    int AcknowledgeDays = 7,
    int ReviewReminderDays = 3,
    int ReviewEscalationDays = 7,
    int RevisionDays = 7,
    int NotifyHour = 9,
    int UtcOffsetHours = 7,
    IReadOnlyList<DateOnly>? Holidays = null)
{
    public static WorkflowCalendar Default { get; } = new();

    public TimeSpan Offset => TimeSpan.FromHours(UtcOffsetHours);

    /// <summary>The instant of <paramref name="hour"/>:00 local time on <paramref name="day"/>.</summary>
    public DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), Offset);

    /// <summary>The local calendar day of an instant.</summary>
    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The day itself, or the first following day that is not a district holiday.</summary>
    public DateOnly WorkingDayFrom(DateOnly day)
    {
        while (Holidays?.Contains(day) == true)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>End of a due day: after this instant the work is overdue.</summary>
    public DateTimeOffset EndOf(DateOnly day) => At(day.AddDays(1), 0);
}
