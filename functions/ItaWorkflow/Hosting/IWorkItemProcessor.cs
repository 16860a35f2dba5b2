namespace ItaWorkflow.Hosting;

/// <summary>
/// Processes one engine work-queue message body. The <c>WorkQueue</c> queue trigger hands it over in
/// Azure; the local queue pump does the same when running standalone. Delivery is at least once.
/// </summary>
public interface IWorkItemProcessor
{
    /// <summary>Handles the message; throwing makes the message visible again for a retry.</summary>
    /// <param name="messageBody">The queue message text as the engine enqueued it.</param>
    /// <param name="dequeueCount">How many times the message has been delivered, starting at 1.</param>
    /// <param name="cancellationToken">Cancelled when the host shuts down.</param>
    Task ProcessAsync(string messageBody, long dequeueCount, CancellationToken cancellationToken);
}
