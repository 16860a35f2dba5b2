namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>One district's overrides of <see cref="WorkflowOptions"/>; an unset value keeps the default.</summary>
public sealed class DistrictWorkflowOptions
{
    public int? ProgressDueDay { get; set; }

    public int? ReminderDaysBefore { get; set; }

    public int? EscalationLevel1DaysAfter { get; set; }

    public int? EscalationLevel2DaysAfter { get; set; }

    public int? ReviewReminderDays { get; set; }

    public int? ReviewEscalationDays { get; set; }

    /// <summary>The district's own non-working days, added to the shared ones.</summary>
    public List<DateOnly> Holidays { get; set; } = [];
}
