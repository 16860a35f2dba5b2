using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow;

/// <summary>
/// A transition is answered before its work is on the queue. When the host stops gracefully, this waits, after the
/// server has answered its last request, until that work is on the queue and the recovery markers are removed, so a
/// restart or scale-in leaves nothing for the sweep to repair a minute later. The host's shutdown timeout bounds the
/// wait; whatever it cuts off keeps its marker, and the sweep repairs it as after a crash.
/// </summary>
public sealed partial class EngineShutdown(IServiceProvider services, ILogger<EngineShutdown> logger) : IHostedLifecycleService
{
    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await services.GetRequiredService<RecoveryMarkers>().FlushAsync().WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            LogCutOff();
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown timeout reached before every hand-over ended; the recovery sweep will repair the rest")]
    private partial void LogCutOff();
}
