namespace ItaWorkflow.Simulation;

/// <summary>The end state of one simulated measure case; Transitions counts its timeline entries.</summary>
public sealed record MeasureOutcome(
    string InstanceId,
    string Status,
    string Step,
    IReadOnlyList<int> ApprovedPeriods,
    int MissedPeriods,
    int ProgressApprovedEvents,
    int ProgressReturnedEvents,
    int Transitions);
