using System.Text.Json;
using Azure.Storage.Queues;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>The engine's Azure Storage work queue (competing consumers).</summary>
public sealed class WorkQueue(StorageClients storage)
{
    public QueueClient Client => storage.Queue(StorageNames.WorkQueue);

    public Task EnqueueAsync(WorkMessage message, CancellationToken cancellationToken) =>
        Client.SendMessageAsync(JsonSerializer.Serialize(message, EngineJson.Options), cancellationToken);

    public static WorkMessage Parse(string body) =>
        JsonSerializer.Deserialize<WorkMessage>(body, EngineJson.Options)
        ?? throw new FormatException("Empty work message.");
}
