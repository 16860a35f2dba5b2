using ItaWorkflow.Durable.Hosting;
using ItaWorkflow.Tests.Infrastructure;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ItaWorkflow.Tests.Durable;

/// <summary>
/// A plain host running the local Durable Task hub on the tests' Azurite, with a task hub of its own so tests never
/// see each other's instances.
/// </summary>
public sealed class DurableTestHost : IAsyncDisposable
{
    private readonly IHost host;

    private DurableTestHost(IHost host, LocalDurableTaskOptions options)
    {
        this.host = host;
        Options = options;
    }

    public LocalDurableTaskOptions Options { get; }

    public DurableTaskClient Client => host.Services.GetRequiredService<DurableTaskClient>();

    public IServiceProvider Services => host.Services;

    /// <summary>Bounds every wait of a test: a lost event or a hung instance fails the test instead of hanging it.</summary>
    public static CancellationToken Patience => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    public static async Task<DurableTestHost> StartAsync(Azurite azurite, Action<IServiceCollection>? configure = null)
    {
        var options = new LocalDurableTaskOptions
        {
            ConnectionString = azurite.ConnectionString,
            TaskHubName = $"t{Guid.NewGuid():N}"[..20],
            PartitionCount = 1,
            MaxQueuePollingInterval = TimeSpan.FromMilliseconds(500),
            StatusPollingInterval = TimeSpan.FromMilliseconds(100),
            ShutdownTimeout = TimeSpan.FromSeconds(3),
        };
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<ActivityGate>();
        builder.Services.AddLocalDurableTask(options, tasks => tasks
            .AddOrchestrator<GreetOrchestrator>()
            .AddActivity<GreetActivity>()
            .AddOrchestrator<TimerOrchestrator>()
            .AddOrchestrator<ApprovalOrchestrator>()
            .AddOrchestrator<ParentOrchestrator>()
            .AddOrchestrator<TallyOrchestrator>()
            .AddActivity<RecordTickActivity>()
            .AddOrchestrator<BlockedOrchestrator>()
            .AddActivity<BlockedActivity>());
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync(Patience);
        return new DurableTestHost(host, options);
    }

    /// <summary>Stops the host; the worker's own shutdown bound is what keeps this short.</summary>
    public Task StopAsync() => host.StopAsync();

    /// <summary>Re-reads the instance until <paramref name="condition"/> holds.</summary>
    public async Task<OrchestrationMetadata> WaitUntilAsync(string instanceId, Func<OrchestrationMetadata, bool> condition)
    {
        var patience = Patience;
        while (true)
        {
            if (await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, patience) is { } metadata && condition(metadata))
            {
                return metadata;
            }

            await Task.Delay(Options.StatusPollingInterval, patience);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
