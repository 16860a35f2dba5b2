using ItaWorkflow.Hosting;
using ItaWorkflow.Reports;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Engine;
using Microsoft.Extensions.Time.Testing;

namespace ItaWorkflow.Simulation;

/// <summary>
/// One app instance for simulation: the real engine and report feature on given storage, a fake clock, a counting
/// email handler, the simulation pump and clock, and the simulated office. Several can share one storage prefix
/// (and one clock) to act as competing app instances.
/// </summary>
public sealed class SimulationEngine : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private SimulationEngine(ServiceProvider provider, int seed)
    {
        this.provider = provider;
        var pump = new SimulationPump(Get<WorkQueue>(), Get<IWorkItemProcessor>(), Get<SimulationSettings>().QueueVisibility);
        Pump = pump;
        Clock = new SimulationClock(Time, Get<TimerStore>(), Get<ITimerTicker>(), pump.DrainAsync);
        Office = new SimulatedOffice(Client, Time, seed, Get<SnapshotCache>());
    }

    public FakeTimeProvider Time => Get<FakeTimeProvider>();

    public WorkflowClient Client => Get<WorkflowClient>();

    public StorageClients Storage => Get<StorageClients>();

    public ReportStore Reports => Get<ReportStore>();

    public EmailLedger Emails => Get<EmailLedger>();

    public SimulationPump Pump { get; }

    public SimulationClock Clock { get; }

    public SimulatedOffice Office { get; }

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    /// <summary>Builds an engine instance; <paramref name="configure"/> may add or replace services (e.g. a real mail handler).</summary>
    public static async Task<SimulationEngine> CreateAsync(
        SimulationSettings settings, FakeTimeProvider time, EmailLedger emails, Action<IServiceCollection>? configure = null, CancellationToken cancellationToken = default)
    {
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Error))
            .AddSingleton(settings)
            .AddSingleton(time)
            .AddSingleton<TimeProvider>(time)
            .AddSingleton(emails)
            .Configure<StorageOptions>(o =>
            {
                o.ConnectionString = settings.ConnectionString;
                o.Prefix = settings.Prefix;
            })
            .Configure<EngineOptions>(o =>
            {
                o.PumpParallelism = 16;
                // Simulated time stands still while work runs, so a lease in it could never tell a live consumer
                // from a dead one: a killed run's claims are taken over by the redelivery at once, and no lease
                // timer adds a clock stop (at which the simulated people would act) that the uninterrupted run lacks.
                o.DispatchLease = TimeSpan.Zero;
            });
        configure?.Invoke(services);
        services.AddSingleton<ICommandHandler>(sp => new CountingEmailHandler(sp.GetRequiredService<EmailLedger>(), settings.Mail?.Invoke(sp)));
        services.AddWorkflowEngine().AddReports();
        var engine = new SimulationEngine(services.BuildServiceProvider(), settings.Seed);
        await engine.Storage.EnsureCreatedAsync(cancellationToken);
        return engine;
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
