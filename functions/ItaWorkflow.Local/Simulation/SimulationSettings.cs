namespace ItaWorkflow.Simulation;

/// <summary>Where and how a simulation runs.</summary>
/// <param name="ConnectionString">Storage connection string (Azurite or Azure).</param>
/// <param name="Prefix">Storage name prefix of this simulation (letters and digits; the case hub is named after it).</param>
/// <param name="Seed">Seed of the simulated people's choices.</param>
public sealed record SimulationSettings(string ConnectionString, string Prefix, int Seed);
