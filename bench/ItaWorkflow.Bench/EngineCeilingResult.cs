namespace ItaWorkflow.Bench;

/// <summary>Raw Table Storage ceiling vs engine throughput at the same parallelism.</summary>
public sealed record EngineCeilingResult(int Parallelism, int RawOps, double RawOpsPerSecond, int Transitions, double TransitionsPerSecond, double Ratio);
