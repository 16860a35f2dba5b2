namespace ItaWorkflow.Bench;

/// <summary>
/// Raw Table Storage ceiling vs engine throughput at the same parallelism, round by round (raw, then each engine
/// workload), with the storage calls of a traced measure-workflow run.
/// </summary>
public sealed record EngineCeilingResult(
    int Parallelism,
    IReadOnlyList<ThroughputSample> Raw,
    IReadOnlyList<EngineWorkloadResult> Engine,
    IReadOnlyList<StorageCallShare> MeasureCalls);
