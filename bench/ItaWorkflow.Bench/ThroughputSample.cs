namespace ItaWorkflow.Bench;

/// <summary>One timed run: units per second, storage requests per unit and processor time per unit.</summary>
public sealed record ThroughputSample(double PerSecond, double Requests, CpuPerUnit Cpu);
