using Azure;
using Azure.Data.Tables;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// A marker per instance written just before a commit: "this instance may have post-commit work". The
/// ticker's sweep finds markers older than a grace period, re-enqueues undispatched outbox rows, re-syncs
/// the index and removes the marker. This repairs a crash between commit and dispatch.
/// </summary>
public sealed class RecoveryMarkers(StorageClients storage)
{
    public const int Shards = 4;

    private TableClient Table => storage.Table(StorageNames.Recovery);

    public static string ShardOf(string instanceId) => "r" + ((uint)StableHash.Of(instanceId) % Shards);

    public Task MarkAsync(string instanceId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(
            new TableEntity(ShardOf(instanceId), instanceId) { ["Since"] = now },
            TableUpdateMode.Replace,
            cancellationToken);

    /// <summary>Markers written before <paramref name="olderThan"/>.</summary>
    public async Task<IReadOnlyList<(string InstanceId, ETag ETag)>> StaleAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        var stale = new List<(string, ETag)>();
        for (var shard = 0; shard < Shards; shard++)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {"r" + shard} and Since le {olderThan}");
            await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                stale.Add((entity.RowKey, entity.ETag));
            }
        }

        return stale;
    }

    /// <summary>Removes a marker unless a newer commit has renewed it meanwhile.</summary>
    public async Task ClearAsync(string instanceId, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(ShardOf(instanceId), instanceId, etag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Gone or renewed by a newer commit: the next sweep looks again.
        }
    }
}
