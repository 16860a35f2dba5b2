namespace ItaWorkflow.Hosting;

/// <summary>Runs one scan of due durable timers and recovery markers. Called every minute (timer trigger or local hosted service).</summary>
public interface ITimerTicker
{
    /// <summary>Returns the number of timers fired.</summary>
    Task<int> TickAsync(CancellationToken cancellationToken);
}
