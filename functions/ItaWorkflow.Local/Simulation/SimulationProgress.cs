namespace ItaWorkflow.Simulation;

/// <summary>Reported after every clock move (<c>step</c>) and after the simulated people acted at a stop (<c>acted</c>).</summary>
public sealed record SimulationProgress(string Phase, int Step, DateTimeOffset Now, double Fraction);
