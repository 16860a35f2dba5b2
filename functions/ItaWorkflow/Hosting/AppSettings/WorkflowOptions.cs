namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>
/// Follow-up cadence settings (section <c>Workflow</c>): when progress is due, when divisions are
/// reminded and escalated, and how long the director may leave a report unreviewed. Each district
/// may override any value under <c>Workflow:Districts:{district}</c>.
/// </summary>
public sealed class WorkflowOptions
{
    public const string SectionName = "Workflow";

    /// <summary>Day of the month progress is due (1–28, so every month has it).</summary>
    public int ProgressDueDay { get; set; } = 25;

    /// <summary>Days before the due day that the responsible division is reminded.</summary>
    public int ReminderDaysBefore { get; set; } = 3;

    /// <summary>Days after the due day that an overdue report escalates to the division head.</summary>
    public int EscalationLevel1DaysAfter { get; set; } = 2;

    /// <summary>Days after the due day that an overdue report escalates to the district director.</summary>
    public int EscalationLevel2DaysAfter { get; set; } = 5;

    /// <summary>Days a submitted report may wait for the director's review before a reminder.</summary>
    public int ReviewReminderDays { get; set; } = 3;

    /// <summary>Days a submitted report may wait for review before it escalates.</summary>
    public int ReviewEscalationDays { get; set; } = 7;

    /// <summary>Non-working days shared by every district (ISO dates, e.g. <c>2026-12-05</c>).</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Per-district overrides keyed by district name (e.g. <c>เขตพระนคร</c>).</summary>
    public Dictionary<string, DistrictWorkflowOptions> Districts { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The effective schedule of a district: its overrides over the defaults, holidays combined.</summary>
    public WorkflowSchedule ForDistrict(string district)
    {
        var overrides = Districts.GetValueOrDefault(district);
        return new WorkflowSchedule(
            overrides?.ProgressDueDay ?? ProgressDueDay,
            overrides?.ReminderDaysBefore ?? ReminderDaysBefore,
            overrides?.EscalationLevel1DaysAfter ?? EscalationLevel1DaysAfter,
            overrides?.EscalationLevel2DaysAfter ?? EscalationLevel2DaysAfter,
            overrides?.ReviewReminderDays ?? ReviewReminderDays,
            overrides?.ReviewEscalationDays ?? ReviewEscalationDays,
            [.. Holidays.Concat(overrides?.Holidays ?? []).Distinct().Order()]);
    }
}
