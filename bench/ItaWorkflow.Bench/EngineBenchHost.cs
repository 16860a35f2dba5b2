using ItaWorkflow.Storage;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ItaWorkflow.Bench;

/// <summary>The real engine on a given Azurite, with emails counted instead of sent (the engine is what is measured).</summary>
public sealed class EngineBenchHost : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public EngineBenchHost(string connectionString, string prefix)
    {
        provider = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Error))
            // The measured fiscal year starts "now", so every period of the script is open in order.
            .AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2023, 10, 1, 9, 0, 0, TimeSpan.FromHours(7))))
            .Configure<StorageOptions>(o =>
            {
                o.ConnectionString = connectionString;
                o.Prefix = prefix;
            })
            .Configure<EngineOptions>(o => o.PumpParallelism = 32)
            .AddSingleton<ICommandHandler, CountingEmailHandler>()
            .AddSingleton<IWorkflowDefinition, OneCommandWorkflow>()
            .AddWorkflowEngine()
            .BuildServiceProvider();
    }

    public WorkflowClient Client => provider.GetRequiredService<WorkflowClient>();

    public QueuePump Pump => provider.GetRequiredService<QueuePump>();

    public StorageClients Storage => provider.GetRequiredService<StorageClients>();

    public ValueTask DisposeAsync() => provider.DisposeAsync();

    /// <summary>
    /// Deletes this host's tables and queue. Azurite on disk rewrites its whole database every 5 s, so rows left by
    /// earlier runs would slow every later one.
    /// </summary>
    public async Task DeleteStorageAsync()
    {
        foreach (var table in StorageNames.Tables)
        {
            await Storage.Table(table).DeleteAsync();
        }

        foreach (var queue in StorageNames.Queues)
        {
            await Storage.Queue(queue).DeleteIfExistsAsync();
        }
    }

    /// <summary>Pumps the work queue until <paramref name="stop"/> is set and the queue is empty.</summary>
    public async Task PumpUntilAsync(Func<bool> stop)
    {
        while (true)
        {
            var handled = await Pump.RunOnceAsync(CancellationToken.None);
            if (handled == 0 && stop())
            {
                return;
            }

            if (handled < 32)
            {
                // Caught up. A receive costs Azurite about as much as several writes, so let messages gather
                // for a moment instead of fetching them one by one.
                await Task.Delay(20);
            }
        }
    }

    /// <summary>Stands in for the mail handler, which keeps its own per-recipient ledger and so needs no outbox claim.</summary>
    private sealed class CountingEmailHandler : ICommandHandler
    {
        public bool RequiresClaim => false;

        public Type CommandType => typeof(SendEmail);

        public Task ExecuteAsync(OutboxEntry entry, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
