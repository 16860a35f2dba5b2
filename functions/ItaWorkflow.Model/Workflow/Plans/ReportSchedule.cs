namespace ItaWorkflow.Workflow.Plans;

/// <summary>When the report rounds open (month and day; defaults 1 April and 1 October).</summary>
public sealed record ReportSchedule(int FirstHalfMonth = 4, int FirstHalfDay = 1, int FullYearMonth = 10, int FullYearDay = 1)
{
    public static ReportSchedule Default { get; } = new();
}
