namespace ItaWorkflow.Bench;

/// <summary>An engine workload's timed runs and, for each, its ratio to the raw run of the same round.</summary>
public sealed record EngineWorkloadResult(string Label, IReadOnlyList<ThroughputSample> Runs, IReadOnlyList<double> Ratios);
