namespace ItaWorkflow.Workflow.Plans;

/// <summary>Steps of the plan workflow (version 1).</summary>
public static class PlanSteps
{
    public const string Active = nameof(Active);
    public const string FirstHalfReport = nameof(FirstHalfReport);
    public const string FullYearReport = nameof(FullYearReport);
    public const string Completed = nameof(Completed);

    public static IReadOnlyList<string> Open { get; } = [Active, FirstHalfReport, FullYearReport];

    public static IReadOnlyList<string> Reporting { get; } = [FirstHalfReport, FullYearReport];
}
