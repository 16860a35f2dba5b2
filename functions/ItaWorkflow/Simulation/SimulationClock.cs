using ItaWorkflow.Hosting;
using ItaWorkflow.Workflow.Engine;
using Microsoft.Extensions.Time.Testing;

namespace ItaWorkflow.Simulation;

/// <summary>
/// Moves a fake clock from durable timer to durable timer, ticking and draining the work queue at each stop and
/// letting simulated people act in between. Shared by the simulator, the benchmarks and the engine tests.
/// </summary>
public sealed class SimulationClock(
    FakeTimeProvider time, Func<CancellationToken, Task<DateTimeOffset?>> nextDue, ITimerTicker ticker, Func<CancellationToken, Task<int>> drain)
{
    /// <summary>A clock over one engine's timers.</summary>
    public SimulationClock(FakeTimeProvider time, TimerStore timers, ITimerTicker ticker, Func<CancellationToken, Task<int>> drain)
        : this(time, timers.NextDueAsync, ticker, drain)
    {
    }

    /// <summary>The current simulated time.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>
    /// Runs until no timer is due before <paramref name="until"/>, then sets the clock to <paramref name="until"/> (if later)
    /// with a final tick. <paramref name="atEachStop"/> acts at every stop; <paramref name="afterMove"/> is told each new
    /// clock position right after it was set (before the tick), e.g. to persist it. Returns the number of stops.
    /// </summary>
    public async Task<int> RunUntilAsync(
        DateTimeOffset until,
        Func<CancellationToken, Task>? atEachStop = null,
        Func<DateTimeOffset, CancellationToken, Task>? afterMove = null,
        CancellationToken cancellationToken = default)
    {
        var stops = 0;
        while (true)
        {
            await ticker.TickAsync(cancellationToken);
            await drain(cancellationToken);
            if (atEachStop is not null)
            {
                await atEachStop(cancellationToken);
                await drain(cancellationToken);
            }

            stops++;
            var next = await nextDue(cancellationToken);
            if (next is null || next > until)
            {
                if (time.GetUtcNow() < until)
                {
                    await MoveAsync(until, afterMove, cancellationToken);
                    await ticker.TickAsync(cancellationToken);
                    await drain(cancellationToken);
                }

                return stops;
            }

            if (next > time.GetUtcNow())
            {
                await MoveAsync(next.Value, afterMove, cancellationToken);
            }
        }
    }

    private async Task MoveAsync(DateTimeOffset to, Func<DateTimeOffset, CancellationToken, Task>? afterMove, CancellationToken cancellationToken)
    {
        time.SetUtcNow(to);
        if (afterMove is not null)
        {
            await afterMove(to, cancellationToken);
        }
    }
}
