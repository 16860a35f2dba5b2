namespace ItaWorkflow.Bench;

/// <summary>Processor time per unit of work, split between Azurite and this process (independent of what else the box runs).</summary>
public sealed record CpuPerUnit(double AzuriteMs, double ProcessMs);
