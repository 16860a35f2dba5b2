using ItaWorkflow.Hosting;

namespace ItaWorkflow.Tests.Hosting;

/// <summary>Stands in for the engine's ticker: counts calls and reports a fixed number of fired timers.</summary>
public sealed class RecordingTimerTicker(int firedPerTick) : ITimerTicker
{
    public int Ticks { get; private set; }

    public Task<int> TickAsync(CancellationToken cancellationToken)
    {
        Ticks++;
        return Task.FromResult(firedPerTick);
    }
}
