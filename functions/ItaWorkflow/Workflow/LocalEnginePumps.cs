using ItaWorkflow.Hosting;
using ItaWorkflow.Workflow.Engine;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Workflow;

/// <summary>
/// Local stand-in for the queue and timer triggers: pumps the work queue continuously and ticks the timer
/// index every <see cref="EngineOptions.TickInterval"/>.
/// </summary>
public sealed partial class LocalEnginePumps(
    QueuePump pump, ITimerTicker ticker, IRetentionJob retention, IOptions<EngineOptions> options, ILogger<LocalEnginePumps> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(PumpAsync(stoppingToken), TickAsync(stoppingToken), RetainAsync(stoppingToken));

    private async Task PumpAsync(CancellationToken stoppingToken)
    {
        var idle = TimeSpan.FromMilliseconds(100);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await pump.RunOnceAsync(stoppingToken) > 0)
                {
                    idle = TimeSpan.FromMilliseconds(100);
                    continue;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPumpFailed(e);
            }

            await DelayAsync(idle, stoppingToken);
            idle = TimeSpan.FromMilliseconds(Math.Min(idle.TotalMilliseconds * 2, 2000));
        }
    }

    private async Task TickAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TickInterval);
        do
        {
            try
            {
                await ticker.TickAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogTickFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task RetainAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await retention.PurgeAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogTickFailed(e);
            }
        }
    }

    private static async Task DelayAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Work queue pump failed; retrying")]
    private partial void LogPumpFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer tick failed; retrying at the next tick")]
    private partial void LogTickFailed(Exception error);
}
