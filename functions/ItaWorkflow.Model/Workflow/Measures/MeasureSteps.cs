namespace ItaWorkflow.Workflow.Measures;

/// <summary>Steps of the measure workflow (version 1).</summary>
public static class MeasureSteps
{
    public const string Assigned = nameof(Assigned);
    public const string AwaitingProgress = nameof(AwaitingProgress);
    public const string AwaitingReview = nameof(AwaitingReview);
    public const string Completed = nameof(Completed);

    public static IReadOnlyList<string> Active { get; } = [Assigned, AwaitingProgress, AwaitingReview];
}
