namespace ItaWorkflow.Simulation;

/// <summary>Reported after every clock step.</summary>
public sealed record SimulationProgress(int Step, DateTimeOffset Now, double Fraction);
