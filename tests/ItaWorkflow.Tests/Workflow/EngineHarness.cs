using ItaWorkflow.Simulation;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ItaWorkflow.Tests.Workflow;

/// <summary>
/// The real engine against Azurite, with a fake clock and, unless <c>recordEmails</c> is false, a recording email handler
/// (tests of the real notifier register their own SendEmail handler through <c>configure</c>).
/// </summary>
public sealed class EngineHarness : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private EngineHarness(ServiceProvider provider)
    {
        this.provider = provider;
    }

    public FakeTimeProvider Time => provider.GetRequiredService<FakeTimeProvider>();

    public WorkflowClient Client => provider.GetRequiredService<WorkflowClient>();

    public QueuePump Pump => provider.GetRequiredService<QueuePump>();

    public TimerTicker Ticker => provider.GetRequiredService<TimerTicker>();

    public RecordingEmailHandler Emails => provider.GetRequiredService<RecordingEmailHandler>();

    public StorageClients Storage => provider.GetRequiredService<StorageClients>();

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    public static async Task<EngineHarness> CreateAsync(
        Azurite azurite, DateTimeOffset start, Action<IServiceCollection>? configure = null, StorageOptions? storage = null, bool recordEmails = true)
    {
        var options = storage ?? TestStorage.Options(azurite);
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(new FakeTimeProvider(start))
            .AddSingleton<TimeProvider>(sp => sp.GetRequiredService<FakeTimeProvider>())
            .Configure<StorageOptions>(o =>
            {
                o.ConnectionString = options.ConnectionString;
                o.Prefix = options.Prefix;
            });
        if (recordEmails)
        {
            services.AddSingleton<RecordingEmailHandler>()
                .AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<RecordingEmailHandler>());
        }

        configure?.Invoke(services);
        services.AddWorkflowEngine();
        var harness = new EngineHarness(services.BuildServiceProvider());
        if (recordEmails)
        {
            harness.Emails.Time = harness.Time;
        }

        await harness.Storage.EnsureCreatedAsync();
        return harness;
    }

    /// <summary>Starts a sample measure (fiscal year 2567) and processes its first work; returns the instance id.</summary>
    public async Task<string> StartMeasureAsync(string id = "M01", string district = "ทดสอบ", params string[] divisions)
    {
        var measure = SampleMeasures.Measure(id, 1, divisions);
        var input = SampleMeasures.Input(measure) with { District = district };
        var instanceId = MeasureWorkflow.InstanceIdFor(district, 2567, id);
        Assert.Equal(StartOutcome.Started, await Client.StartAsync(MeasureWorkflow.DefinitionName, instanceId, input, "test"));
        await DrainAsync();
        return instanceId;
    }

    /// <summary>Processes queued work until the queue is empty.</summary>
    public Task<int> DrainAsync() => Pump.DrainAsync();

    /// <summary>
    /// Moves the fake clock from timer to timer up to <paramref name="until"/>, ticking and draining at each,
    /// with <paramref name="atEachStop"/> acting as the users between stops.
    /// </summary>
    public Task RunUntilAsync(DateTimeOffset until, Func<Task>? atEachStop = null) =>
        new SimulationClock(Time, Get<TimerStore>(), Ticker, Pump.DrainAsync)
            .RunUntilAsync(until, atEachStop is null ? null : _ => atEachStop());

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
