namespace ItaWorkflow.Hosting;

/// <summary>
/// Runs one scan of due durable timers and recovery markers. Called every minute: by the
/// <c>Ticker</c> timer trigger in Azure, by a local hosted service when running standalone.
/// </summary>
public interface ITimerTicker
{
    /// <summary>Fires every timer due now and repairs interrupted dispatches.</summary>
    /// <returns>The number of timers fired.</returns>
    Task<int> TickAsync(CancellationToken cancellationToken);
}
