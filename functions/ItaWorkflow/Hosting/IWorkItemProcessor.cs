namespace ItaWorkflow.Hosting;

/// <summary>Processes one engine work-queue message body (the queue trigger hands it over; the local pump too).</summary>
public interface IWorkItemProcessor
{
    Task ProcessAsync(string messageBody, long dequeueCount, CancellationToken cancellationToken);
}
