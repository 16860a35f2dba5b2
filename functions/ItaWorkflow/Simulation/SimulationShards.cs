using ItaWorkflow.Hosting;
using ItaWorkflow.Workflow.Engine;
using Microsoft.Extensions.Time.Testing;

namespace ItaWorkflow.Simulation;

/// <summary>
/// The engines of one simulation: the districts split into shards of <see cref="SimulationSettings.DistrictsPerShard"/>,
/// each shard an engine on its own storage prefix (see <see cref="SimulationSettings.ShardPrefix"/>), all on one fake
/// clock and one email ledger. Districts never share an instance, so splitting them changes no outcome; it keeps each
/// table small, which is what Azurite's cost per request depends on. The clock stops at the earliest timer of any
/// shard, ticks and drains every shard, and lets every shard's office act, shards side by side.
/// </summary>
public sealed class SimulationShards : IAsyncDisposable
{
    private readonly IReadOnlyList<SimulationEngine> engines;
    private readonly IReadOnlyList<IReadOnlyList<string>> districtsOf;

    private SimulationShards(IReadOnlyList<SimulationEngine> engines, IReadOnlyList<IReadOnlyList<string>> districtsOf, FakeTimeProvider time)
    {
        this.engines = engines;
        this.districtsOf = districtsOf;
        Clock = engines.Count == 1
            ? engines[0].Clock
            : new SimulationClock(time, NextDueAsync, new AllTickers(engines), DrainAsync);
    }

    /// <summary>The engine of the first shard (it also keeps the clock position).</summary>
    public SimulationEngine First => engines[0];

    /// <summary>How many shards (engines) there are.</summary>
    public int Count => engines.Count;

    /// <summary>The clock over every shard.</summary>
    public SimulationClock Clock { get; }

    /// <summary>Failed deliveries of every shard's pump.</summary>
    public int Failures => engines.Sum(e => e.Pump.Failures.Count);

    /// <summary>Builds one engine per shard of <paramref name="districts"/>, in order (the first shard holds the first districts).</summary>
    public static async Task<SimulationShards> CreateAsync(
        SimulationSettings settings,
        FakeTimeProvider time,
        EmailLedger emails,
        IReadOnlyList<string> districts,
        Action<IServiceCollection>? configure = null,
        CancellationToken cancellationToken = default)
    {
        IReadOnlyList<IReadOnlyList<string>> shards = [.. districts.Chunk(Math.Max(1, settings.DistrictsPerShard))];
        var engines = new List<SimulationEngine>();
        try
        {
            for (var i = 0; i < Math.Max(1, shards.Count); i++)
            {
                engines.Add(await SimulationEngine.CreateAsync(settings with { ConnectionString = settings.ShardConnectionString(i), Prefix = settings.ShardPrefix(i) }, time, emails, configure, cancellationToken));
            }
        }
        catch
        {
            foreach (var engine in engines)
            {
                await engine.DisposeAsync();
            }

            throw;
        }

        return new SimulationShards(engines, shards.Count == 0 ? [[]] : shards, time);
    }

    /// <summary>The engine holding <paramref name="district"/>.</summary>
    public SimulationEngine EngineOf(string district)
    {
        for (var i = 0; i < engines.Count; i++)
        {
            if (districtsOf[i].Contains(district, StringComparer.Ordinal))
            {
                return engines[i];
            }
        }

        throw new ArgumentException($"District {district} is not simulated here.", nameof(district));
    }

    /// <summary>
    /// Repairs at once what a killed run left between commit and queue (see <see cref="TimerTicker.RepairAllAsync"/>).
    /// The ticker would do it only once the markers are a minute old, and the clock may jump days past a timer that
    /// work schedules before then.
    /// </summary>
    public Task RepairKilledRunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(engines.Select(e => e.Get<TimerTicker>().RepairAllAsync(cancellationToken)));

    /// <summary>Lets every shard's office act on its districts; returns how many events were raised.</summary>
    public async Task<int> ActAsync(CancellationToken cancellationToken) =>
        (await Task.WhenAll(engines.Select((e, i) => e.Office.ActAsync(districtsOf[i], cancellationToken)))).Sum();

    public async ValueTask DisposeAsync()
    {
        foreach (var engine in engines)
        {
            await engine.DisposeAsync();
        }
    }

    private async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) =>
        (await Task.WhenAll(engines.Select(e => e.Get<TimerStore>().NextDueAsync(cancellationToken)))).Min();

    private async Task<int> DrainAsync(CancellationToken cancellationToken) =>
        (await Task.WhenAll(engines.Select(e => e.Pump.DrainAsync(cancellationToken)))).Sum();

    private sealed class AllTickers(IReadOnlyList<SimulationEngine> engines) : ITimerTicker
    {
        public async Task<int> TickAsync(CancellationToken cancellationToken) =>
            (await Task.WhenAll(engines.Select(e => e.Get<ITimerTicker>().TickAsync(cancellationToken)))).Sum();
    }
}
