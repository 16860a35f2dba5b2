using ItaWorkflow.Durable.Hosting;
using ItaWorkflow.Hosting;
using ItaWorkflow.Simulation;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow.Engine;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ItaWorkflow.Bench;

/// <summary>
/// The app's workflow on the local hub (the app's defaults: 4 partitions, queue polling at most 1 s) with the business
/// clock virtual and fixed at 1 Oct 2566 BE, emails counted, and the bare baseline orchestrator registered beside it.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2023, 10, 1, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly IHost host;

    private BenchHost(IHost host)
    {
        this.host = host;
    }

    public WorkflowClient Client => Get<WorkflowClient>();

    public DurableTaskClient Durable => Get<DurableTaskClient>();

    public WorkflowDriver Driver => Get<WorkflowDriver>();

    public EmailLedger Emails => Get<EmailLedger>();

    public T Get<T>() where T : notnull => host.Services.GetRequiredService<T>();

    public static async Task<BenchHost> StartAsync(string connectionString, string prefix, int partitions = 4)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var workflow = new DurableWorkflowOptions { VirtualClock = true, ApplyWait = TimeSpan.FromMinutes(2) };
        builder.Services.AddLogging(b => b.SetMinimumLevel(LogLevel.Error))
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Start))
            .AddSingleton(new EmailLedger())
            .Configure<StorageOptions>(o =>
            {
                o.ConnectionString = connectionString;
                o.Prefix = prefix;
            })
            .AddWorkflow()
            .AddSingleton<ICommandHandler>(sp => new CountingEmailHandler(sp.GetRequiredService<EmailLedger>()))
            .Configure<DurableWorkflowOptions>(o =>
            {
                o.VirtualClock = workflow.VirtualClock;
                o.ApplyWait = workflow.ApplyWait;
            })
            .AddLocalDurableTask(
                new LocalDurableTaskOptions
                {
                    ConnectionString = connectionString,
                    TaskHubName = prefix + "hub",
                    PartitionCount = partitions,
                    MaxQueuePollingInterval = TimeSpan.FromSeconds(1),
                },
                tasks => tasks.AddWorkflowTasks(workflow).AddOrchestrator<BareOrchestrator>());
        var built = builder.Build();
        await built.Services.GetRequiredService<StorageClients>().EnsureCreatedAsync();
        await built.StartAsync();
        return new BenchHost(built);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
