using ItaWorkflow.Durable.Hosting;
using ItaWorkflow.Hosting;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ItaWorkflow.Tests.Workflow;

/// <summary>
/// The workflow as the app runs it (orchestrator and activities on the local Durable Task hub on Azurite, the
/// <see cref="WorkflowClient"/> pages use) with cases on a virtual clock driven by a fake <see cref="TimeProvider"/>,
/// and, unless <c>recordEmails</c> is false, a recording email handler (tests of the real notifier register their own
/// SendEmail handler through <c>configure</c>).
/// </summary>
public sealed class WorkflowHarness : IAsyncDisposable
{
    private readonly IHost host;

    private WorkflowHarness(IHost host)
    {
        this.host = host;
    }

    public FakeTimeProvider Time => Get<FakeTimeProvider>();

    public WorkflowClient Client => Get<WorkflowClient>();

    public WorkflowDriver Driver => Get<WorkflowDriver>();

    public RecordingEmailHandler Emails => Get<RecordingEmailHandler>();

    public StorageClients Storage => Get<StorageClients>();

    public T Get<T>() where T : notnull => host.Services.GetRequiredService<T>();

    /// <summary>Bounds every wait: a lost event or a hung case fails the test instead of hanging it.</summary>
    public static CancellationToken Patience => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    public static async Task<WorkflowHarness> CreateAsync(
        Azurite azurite, DateTimeOffset start, Action<IServiceCollection>? configure = null, StorageOptions? storage = null, bool recordEmails = true)
    {
        var options = storage ?? TestStorage.Options(azurite);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var services = builder.Services;
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
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
        services.AddWorkflow();
        services.AddVirtualClockWorkflowRuntime(
            options.ConnectionString,
            options.Prefix,
            new DurableWorkflowOptions { ActivityAttempts = 2, FirstRetryInterval = TimeSpan.FromMilliseconds(100), ApplyWait = TimeSpan.FromSeconds(30) });
        var built = builder.Build();
        var harness = new WorkflowHarness(built);
        if (recordEmails)
        {
            harness.Emails.Time = harness.Time;
        }

        await harness.Storage.EnsureCreatedAsync();
        await built.StartAsync(Patience);
        return harness;
    }

    /// <summary>Starts a sample measure (fiscal year 2567) and waits for its first step; returns the instance id.</summary>
    public async Task<string> StartMeasureAsync(string id = "M01", string district = "ทดสอบ", params string[] divisions)
    {
        var measure = SampleMeasures.Measure(id, 1, divisions);
        var input = SampleMeasures.Input(measure) with { District = district };
        var instanceId = MeasureWorkflow.InstanceIdFor(district, 2567, id);
        Assert.Equal(StartOutcome.Started, await Client.StartAsync(MeasureWorkflow.DefinitionName, instanceId, input, "test"));
        await DrainAsync();
        return instanceId;
    }

    /// <summary>Waits until every case has decided everything raised on it and run the resulting work.</summary>
    public Task DrainAsync() => Driver.SettleAsync(Patience);

    /// <summary>
    /// Moves the fake clock from wake-up to wake-up up to <paramref name="until"/>, waking the due cases and letting them
    /// settle at each, with <paramref name="atEachStop"/> acting as the users between stops.
    /// </summary>
    public Task RunUntilAsync(DateTimeOffset until, Func<Task>? atEachStop = null) =>
        Driver.RunUntilAsync(
            until,
            at =>
            {
                if (at > Time.GetUtcNow())
                {
                    Time.SetUtcNow(at);
                }
            },
            atEachStop is null ? null : (_, _) => atEachStop(),
            new CancellationTokenSource(TimeSpan.FromMinutes(10)).Token);

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
