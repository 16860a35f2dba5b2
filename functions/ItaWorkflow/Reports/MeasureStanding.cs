namespace ItaWorkflow.Reports;

/// <summary>Where a measure stands, as the workflow knows it, for the plan summary.</summary>
/// <param name="MeasureId">The measure.</param>
/// <param name="Status">The workflow's status name for it (e.g. InProgress, Done).</param>
/// <param name="OnTime">True when done or reported on time, false when late, null when nothing is due yet.</param>
public sealed record MeasureStanding(string MeasureId, string Status, bool? OnTime);
