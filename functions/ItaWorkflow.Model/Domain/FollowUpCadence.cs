namespace ItaWorkflow.Domain;

/// <summary>How often progress is reported and reviewed, in months (ทุก ๑ เดือน = 1, ทุก ๖ เดือน = 6).</summary>
public sealed record FollowUpCadence(int Months)
{
    public static FollowUpCadence Monthly { get; } = new(1);

    public static FollowUpCadence SemiAnnual { get; } = new(6);
}
