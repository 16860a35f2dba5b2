using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Simulation;

/// <summary>Where and how a simulation runs.</summary>
/// <param name="ConnectionString">Storage connection string (Azurite or Azure).</param>
/// <param name="Prefix">Storage name prefix of this simulation.</param>
/// <param name="Seed">Seed of the simulated people's choices.</param>
/// <param name="QueueVisibility">How long a received work message stays hidden; a restart after a kill waits this long at most.</param>
/// <param name="Mail">Optional real SendEmail handler the counting handler forwards to.</param>
/// <param name="DistrictsPerShard">
/// Most districts one engine (one storage prefix) holds; more districts are spread over several prefixes on the same
/// account and clock. By default every district shares one prefix, as the product deploys; smaller values (with
/// <paramref name="ShardStorage"/>, several Azurite processes) let a long simulation use more processor cores.
/// </param>
/// <param name="ShardStorage">
/// Connection strings the shards take in turn (shard i uses entry i modulo the count), e.g. one Azurite process per
/// processor core; null or empty puts every shard on <paramref name="ConnectionString"/>.
/// </param>
public sealed record SimulationSettings(
    string ConnectionString,
    string Prefix,
    int Seed,
    TimeSpan QueueVisibility,
    Func<IServiceProvider, ICommandHandler>? Mail = null,
    int DistrictsPerShard = SimulationSettings.DefaultDistrictsPerShard,
    IReadOnlyList<string>? ShardStorage = null)
{
    /// <summary>Districts per engine unless told otherwise: all of them on one storage prefix, the product's own layout.</summary>
    public const int DefaultDistrictsPerShard = 1000;

    /// <summary>The storage account of shard <paramref name="shard"/>.</summary>
    public string ShardConnectionString(int shard) => ShardStorage is { Count: > 0 } storage ? storage[shard % storage.Count] : ConnectionString;

    /// <summary>The storage prefix of shard <paramref name="shard"/>: the first shard uses <see cref="Prefix"/> itself.</summary>
    public string ShardPrefix(int shard) => shard == 0 ? Prefix : Prefix + "s" + shard.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
