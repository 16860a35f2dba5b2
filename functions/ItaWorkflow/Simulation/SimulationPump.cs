using ItaWorkflow.Hosting;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Simulation;

/// <summary>
/// Drains the work queue for a simulation step. Unlike the hosted pump it uses a short visibility timeout and
/// treats the queue as drained only when no message is left at all (not even one still hidden after a killed
/// run received it), so a restarted simulation never moves the clock past unfinished work.
/// </summary>
public sealed class SimulationPump(WorkQueue queue, IWorkItemProcessor processor, TimeSpan visibility)
{
    private static readonly TimeSpan HiddenPoll = TimeSpan.FromMilliseconds(200);
    private readonly System.Collections.Concurrent.ConcurrentBag<string> failures = [];

    /// <summary>Messages of failed deliveries (each was left in the queue for another delivery).</summary>
    public IReadOnlyCollection<string> Failures => failures;

    /// <summary>Processes messages until the queue is empty; returns how many were handled.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        while (true)
        {
            var messages = await queue.ReceiveAsync(32, visibility, cancellationToken);
            if (messages.Length == 0)
            {
                var properties = await queue.Client.GetPropertiesAsync(cancellationToken);
                if (properties.Value.ApproximateMessagesCount == 0)
                {
                    return total;
                }

                // Messages a killed run had received are hidden until their visibility timeout ends.
                await Task.Delay(HiddenPoll, cancellationToken);
                continue;
            }

            await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (message, token) =>
            {
                try
                {
                    await processor.ProcessAsync(message.Body.ToString(), message.DequeueCount, token);
                    await queue.Client.DeleteMessageAsync(message.MessageId, message.PopReceipt, token);
                }
                catch (Azure.RequestFailedException e) when (e.Status == 404)
                {
                    // Processed twice after its visibility ran out; the other delivery already deleted it.
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Left in the queue as the hosted pump does: it reappears after the visibility timeout and the
                    // processor dead-letters it after too many deliveries; this drain waits for it meanwhile.
                    failures.Add(e.Message);
                }
            });
            total += messages.Length;
        }
    }
}
