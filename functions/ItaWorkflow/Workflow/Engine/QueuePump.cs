using ItaWorkflow.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// Receives work-queue messages and hands them to the processor; a message is deleted only after it was
/// processed, so a crash returns it to the queue. Used by the local hosted service, the simulator and tests;
/// in Azure the queue trigger does the receiving.
/// </summary>
public sealed partial class QueuePump(WorkQueue queue, IWorkItemProcessor processor, IOptions<EngineOptions> options, ILogger<QueuePump> logger)
{

    /// <summary>Receives one batch and processes it; returns how many messages were handled.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var messages = await queue.ReceiveAsync(32, options.Value.DispatchLease, cancellationToken);
        await Parallel.ForEachAsync(
            messages,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.PumpParallelism, CancellationToken = cancellationToken },
            async (message, token) =>
            {
                try
                {
                    await processor.ProcessAsync(message.Body.ToString(), message.DequeueCount, token);
                    await queue.Client.DeleteMessageAsync(message.MessageId, message.PopReceipt, token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Left in the queue: it becomes visible again and counts towards the dead-letter limit.
                    LogFailed(message.MessageId, message.DequeueCount, e);
                }
            });
        return messages.Length;
    }

    /// <summary>Processes until the queue is empty; returns how many messages were handled.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        int handled;
        while ((handled = await RunOnceAsync(cancellationToken)) > 0)
        {
            total += handled;
        }

        return total;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Work message {MessageId} failed on delivery {DequeueCount}; it will be retried")]
    private partial void LogFailed(string messageId, long dequeueCount, Exception error);
}
