using Azure.Core;
using Azure.Core.Pipeline;

namespace ItaWorkflow.Tests.Storage;

/// <summary>
/// A pipeline policy that holds every queue message send while closed, and counts receives issued while a send is
/// still unanswered, so a test can see who waits for a send and who does not.
/// </summary>
public sealed class QueueSendGate : HttpPipelinePolicy
{
    private volatile TaskCompletionSource open = Opened();
    private int sending;
    private int receivesWhileSending;

    /// <summary>Receives issued while a send was held or on its way.</summary>
    public int ReceivesWhileSending => Volatile.Read(ref receivesWhileSending);

    public void Close() => open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => open.TrySetResult();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The storage clients are used asynchronously.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var request = message.Request;
        if (!request.Uri.Path.EndsWith("/messages", StringComparison.Ordinal))
        {
            await ProcessNextAsync(message, pipeline);
            return;
        }

        if (request.Method == RequestMethod.Get && Volatile.Read(ref sending) > 0)
        {
            Interlocked.Increment(ref receivesWhileSending);
        }

        if (request.Method != RequestMethod.Post)
        {
            await ProcessNextAsync(message, pipeline);
            return;
        }

        Interlocked.Increment(ref sending);
        try
        {
            await open.Task;
            await ProcessNextAsync(message, pipeline);
        }
        finally
        {
            Interlocked.Decrement(ref sending);
        }
    }

    private static TaskCompletionSource Opened()
    {
        var opened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        opened.SetResult();
        return opened;
    }
}
