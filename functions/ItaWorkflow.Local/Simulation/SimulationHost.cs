using ItaWorkflow.Durable.Hosting;
using ItaWorkflow.Hosting;
using ItaWorkflow.Reports;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow.Engine;
using Microsoft.Extensions.Time.Testing;

namespace ItaWorkflow.Simulation;

/// <summary>
/// The app's workflow and report feature for a simulation: cases on the local hub of the simulation's storage prefix,
/// on a virtual clock set by a fake <see cref="TimeProvider"/>, with emails counted instead of sent. A host started
/// again on the same storage continues the cases a killed one left.
/// </summary>
public sealed class SimulationHost : IAsyncDisposable
{
    private readonly IHost host;

    private SimulationHost(IHost host)
    {
        this.host = host;
    }

    public FakeTimeProvider Time => Get<FakeTimeProvider>();

    public WorkflowClient Client => Get<WorkflowClient>();

    public WorkflowDriver Driver => Get<WorkflowDriver>();

    public StorageClients Storage => Get<StorageClients>();

    public ReportStore Reports => Get<ReportStore>();

    public T Get<T>() where T : notnull => host.Services.GetRequiredService<T>();

    /// <summary>Builds and starts the host; <paramref name="configure"/> may add or replace services.</summary>
    public static async Task<SimulationHost> StartAsync(
        SimulationSettings settings, FakeTimeProvider time, EmailLedger emails, Action<IServiceCollection>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var services = builder.Services;
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Error))
            .AddSingleton(time)
            .AddSingleton<TimeProvider>(time)
            .AddSingleton(emails)
            .Configure<StorageOptions>(o =>
            {
                o.ConnectionString = settings.ConnectionString;
                o.Prefix = settings.Prefix;
            });
        services.AddWorkflow().AddReports();
        services.AddSingleton<ICommandHandler>(sp => new CountingEmailHandler(sp.GetRequiredService<EmailLedger>()));
        configure?.Invoke(services);
        // Simulated time stands still while work runs: a failed activity is retried after a short real-time pause.
        services.AddVirtualClockWorkflowRuntime(
            settings.ConnectionString, settings.Prefix, new DurableWorkflowOptions { ActivityAttempts = 3, FirstRetryInterval = TimeSpan.FromMilliseconds(200) });
        var built = builder.Build();
        try
        {
            await built.Services.GetRequiredService<StorageClients>().EnsureCreatedAsync(cancellationToken);
            await built.StartAsync(cancellationToken);
        }
        catch
        {
            built.Dispose();
            throw;
        }

        return new SimulationHost(built);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
