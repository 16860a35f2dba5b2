using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// The engine's Azure Storage work queue (competing consumers). Freshly committed outbox rows are group-committed:
/// rows committed while a send is in flight leave together in the next message, so busy writers share round trips.
/// </summary>
public sealed class WorkQueue
{
    /// <summary>JSON bytes per message; base64 makes it ≤ 60,000 of the queue's 65,536.</summary>
    private const int MaxMessageJsonBytes = 45_000;

    private readonly StorageClients storage;
    private readonly GroupCommit<string, IReadOnlyList<OutboxDelivery>> deliveries;
    private readonly InFlightTasks handOvers = new();

    public WorkQueue(StorageClients storage)
    {
        this.storage = storage;
        deliveries = new GroupCommit<string, IReadOnlyList<OutboxDelivery>>((_, commits) => SendDeliveriesAsync(commits), 256);
    }

    public QueueClient Client => storage.Queue(StorageNames.WorkQueue);

    public Task EnqueueAsync(WorkMessage message, CancellationToken cancellationToken) =>
        Client.SendMessageAsync(JsonSerializer.Serialize(message, EngineJson.Options), cancellationToken);

    /// <summary>
    /// Hands one commit's outbox rows to the queue; the task completes when the message carrying them is stored. The
    /// committing caller does not wait for it (its recovery marker covers a crash meanwhile), so rows from many
    /// commits gather while a send is in flight; <see cref="ReceiveAsync"/> waits for it.
    /// </summary>
    public Task HandOver(IReadOnlyList<OutboxDelivery> committed)
    {
        var sending = deliveries.SubmitAsync(StorageNames.WorkQueue, committed);
        handOvers.Add(sending);
        return sending;
    }

    /// <summary>
    /// Receives up to <paramref name="maxMessages"/> messages, after this process's hand-overs are on the queue: a pump
    /// that finds nothing then knows no work of this process is still on its way.
    /// </summary>
    public async Task<QueueMessage[]> ReceiveAsync(int maxMessages, TimeSpan visibility, CancellationToken cancellationToken)
    {
        await handOvers.FlushAsync().WaitAsync(cancellationToken);
        return (await Client.ReceiveMessagesAsync(maxMessages, visibility, cancellationToken)).Value;
    }

    public static WorkMessage Parse(string body) =>
        JsonSerializer.Deserialize<WorkMessage>(body, EngineJson.Options)
        ?? throw new FormatException("Empty work message.");

    private async Task SendDeliveriesAsync(IReadOnlyList<IReadOnlyList<OutboxDelivery>> commits)
    {
        var message = new List<OutboxDelivery>();
        var size = 0;
        foreach (var commit in commits)
        {
            var commitSize = JsonSerializer.SerializeToUtf8Bytes(commit, EngineJson.Options).Length;
            if (commitSize > MaxMessageJsonBytes)
            {
                // Too big to carry: name the rows and let the consumer read them.
                await EnqueueAsync(new WorkMessage(WorkKind.Dispatch, commit[0].InstanceId, [.. commit.Select(d => d.RowKey)]), CancellationToken.None);
                continue;
            }

            if (size + commitSize > MaxMessageJsonBytes)
            {
                await SendAsync(message);
                message = [];
                size = 0;
            }

            message.AddRange(commit);
            size += commitSize;
        }

        if (message.Count > 0)
        {
            await SendAsync(message);
        }
    }

    private Task SendAsync(IReadOnlyList<OutboxDelivery> message) =>
        EnqueueAsync(new WorkMessage(WorkKind.Deliver, message[0].InstanceId, Deliveries: message), CancellationToken.None);
}
