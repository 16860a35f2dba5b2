namespace ItaWorkflow.Simulation;

/// <summary>The end state of one simulated district plan and its measures.</summary>
public sealed record DistrictOutcome(
    string District,
    string PlanInstanceId,
    string PlanStatus,
    IReadOnlyList<string> PublishedReports,
    IReadOnlyList<string> ReportFiles,
    int PlanTransitions,
    IReadOnlyList<MeasureOutcome> Measures);
