using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Hosting;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Durable.Hosting;

/// <summary>
/// Runs the registered orchestrators and activities in this process with DurableTask.Core's dispatchers on the
/// Azure Storage backend. Start creates the task hub if it is missing; when storage cannot be reached then, the host
/// still starts (pages answer "try again shortly") and the hub keeps trying in the background until storage is back.
/// Stop is bounded by <see cref="LocalDurableTaskOptions.ShutdownTimeout"/>.
/// </summary>
internal sealed partial class LocalDurableTaskWorker : DurableTaskWorker
{
    private readonly LocalTaskHub hub;
    private readonly ILogger<LocalDurableTaskWorker> logger;
    private readonly TaskHubWorker worker;
    private volatile bool started;

    public LocalDurableTaskWorker(
        string name,
        IDurableTaskFactory factory,
        LocalTaskHub hub,
        IOptionsMonitor<DurableTaskWorkerOptions> workerOptions,
        IServiceProvider services,
        ILoggerFactory loggerFactory)
        : base(name, factory)
    {
        this.hub = hub;
        logger = loggerFactory.CreateLogger<LocalDurableTaskWorker>();
        var shims = new DurableTaskShimFactory(workerOptions.Get(name), loggerFactory);
        worker = new TaskHubWorker(
            hub.Service,
            new RegistryOrchestrations(factory, shims, services),
            new RegistryActivities(factory, shims, services.GetRequiredService<IServiceScopeFactory>()),
            loggerFactory)
        {
            // The shims read failures from FailureDetails (TaskFailedException.FailureDetails in orchestrators).
            ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails,
        };
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await StartHubAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStartDeferred(hub.Options.TaskHubName, e.Message);
        }

        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (!started)
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(hub.Options.ShutdownTimeout);
        try
        {
            await worker.StopAsync(isForced: false).WaitAsync(timeout.Token);
            LogStopped(hub.Options.TaskHubName);
        }
        catch (OperationCanceledException)
        {
            // Work items still locked are redelivered after their visibility timeout; a host must not hang on them.
            LogStopAbandoned(hub.Options.TaskHubName, hub.Options.ShutdownTimeout);
        }
    }

    public override void Dispose()
    {
        worker.Dispose();
        base.Dispose();
    }

    // The dispatchers run on their own once started; until then, keep trying with a growing pause.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromSeconds(1);
        while (!started && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(pause, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await StartHubAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogStartDeferred(hub.Options.TaskHubName, e.Message);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
    }

    private async Task StartHubAsync(CancellationToken cancellationToken)
    {
        await hub.EnsureCreatedAsync(cancellationToken);
        await worker.StartAsync().WaitAsync(cancellationToken);
        started = true;
        LogStarted(hub.Options.TaskHubName, hub.Options.PartitionCount);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Durable Task hub {TaskHubName} started with {PartitionCount} partitions")]
    private partial void LogStarted(string taskHubName, int partitionCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Durable Task hub {TaskHubName} could not start yet ({Error}); trying again")]
    private partial void LogStartDeferred(string taskHubName, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Durable Task hub {TaskHubName} stopped")]
    private partial void LogStopped(string taskHubName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Durable Task hub {TaskHubName} did not stop within {ShutdownTimeout}; its work items are left to be redelivered")]
    private partial void LogStopAbandoned(string taskHubName, TimeSpan shutdownTimeout);
}
