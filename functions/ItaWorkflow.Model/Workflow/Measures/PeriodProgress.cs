namespace ItaWorkflow.Workflow.Measures;

/// <summary>The latest progress of one period, and its review.</summary>
public sealed record PeriodProgress(
    int Index,
    PeriodStatus Status,
    int Submissions,
    string? Division,
    WorkStatus WorkStatus,
    int Percent,
    string Result,
    string Problems,
    IReadOnlyList<Evidence> Evidence,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ReviewedAt,
    string? ReviewComment,
    bool OnTime)
{
    public static PeriodProgress Empty(int index, PeriodStatus status) =>
        new(index, status, 0, null, WorkStatus.NotStarted, 0, "", "", [], null, null, null, false);
}
