using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Simulation;

/// <summary>Where and how a simulation runs.</summary>
/// <param name="ConnectionString">Storage connection string (Azurite or Azure).</param>
/// <param name="Prefix">Storage name prefix of this simulation.</param>
/// <param name="Seed">Seed of the simulated people's choices.</param>
/// <param name="QueueVisibility">How long a received work message stays hidden; a restart after a kill waits this long at most.</param>
/// <param name="Mail">Optional real SendEmail handler the counting handler forwards to.</param>
public sealed record SimulationSettings(
    string ConnectionString,
    string Prefix,
    int Seed,
    TimeSpan QueueVisibility,
    Func<IServiceProvider, ICommandHandler>? Mail = null);
