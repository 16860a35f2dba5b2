using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ItaWorkflow.Tests.Storage;

/// <summary>A pipeline policy that records the method and path of every storage request, so a test can count round trips.</summary>
public sealed class StorageRequestLog : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<(RequestMethod Method, string Path)> requests = new();

    /// <summary>Reads (point reads and queries) of the table named <paramref name="table"/>, prefix aside, since the last clear.</summary>
    public int Reads(string table) =>
        requests.Count(r => r.Method == RequestMethod.Get && r.Path.Contains(table + "(", StringComparison.Ordinal));

    public void Clear() => requests.Clear();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The storage clients are used asynchronously.");

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        requests.Enqueue((message.Request.Method, message.Request.Uri.Path));
        return ProcessNextAsync(message, pipeline);
    }
}
