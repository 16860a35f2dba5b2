namespace ItaWorkflow.Bench;

/// <summary>Raw Table Storage ceiling vs engine throughput at the same parallelism, with storage requests and CPU per unit.</summary>
public sealed record EngineCeilingResult(
    int Parallelism,
    int RawOps,
    double RawOpsPerSecond,
    double RawRequestsPerOp,
    CpuPerUnit RawCpu,
    int Transitions,
    double TransitionsPerSecond,
    double EngineRequestsPerTransition,
    CpuPerUnit EngineCpu,
    double Ratio,
    IReadOnlyList<StorageCallShare> EngineCalls);
