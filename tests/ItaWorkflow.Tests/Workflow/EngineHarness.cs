using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Engine;
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

    /// <summary>Processes queued work until the queue is empty.</summary>
    public Task<int> DrainAsync() => Pump.DrainAsync();

    /// <summary>
    /// Moves the fake clock from timer to timer up to <paramref name="until"/>, ticking and draining at each,
    /// with <paramref name="atEachStop"/> acting as the users between stops.
    /// </summary>
    public async Task RunUntilAsync(DateTimeOffset until, Func<Task>? atEachStop = null)
    {
        var timers = Get<TimerStore>();
        while (true)
        {
            await DrainAsync();
            if (atEachStop is not null)
            {
                await atEachStop();
                await DrainAsync();
            }

            var next = await timers.NextDueAsync(CancellationToken.None);
            if (next is null || next > until)
            {
                if (Time.GetUtcNow() < until)
                {
                    Time.SetUtcNow(until);
                    await Ticker.TickAsync(CancellationToken.None);
                    await DrainAsync();
                }

                return;
            }

            if (next > Time.GetUtcNow())
            {
                Time.SetUtcNow(next.Value);
            }

            await Ticker.TickAsync(CancellationToken.None);
        }
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
