using Azure.Data.Tables;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// A marker written just before a commit and removed once the commit's work is indexed and on the queue: "this
/// instance may have post-commit work". Each attempt has its own marker (so two writers never remove each other's),
/// all in one partition so concurrent commits share a batch. The ticker's sweep finds markers older than a grace
/// period — left by a crash between commit and enqueue — re-enqueues undispatched outbox rows, re-syncs the index
/// and removes them.
/// </summary>
public sealed class RecoveryMarkers(StorageClients storage)
{
    private const string Partition = "r";
    private const char Separator = '|';

    private TableClient Table => storage.Table(StorageNames.Recovery);

    private GroupedWrites Writes => storage.Writes(StorageNames.Recovery);

    /// <summary>Writes a marker for one attempt on <paramref name="instanceId"/>; returns its key for <see cref="ClearAsync"/>.</summary>
    public async Task<string> MarkAsync(string instanceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = instanceId + Separator + Guid.NewGuid().ToString("N");
        await Writes.UpsertAsync(new TableEntity(Partition, key) { ["Since"] = now }, cancellationToken);
        return key;
    }

    public Task ClearAsync(string markerKey, CancellationToken cancellationToken) =>
        Writes.DeleteAsync(Partition, markerKey, cancellationToken);

    /// <summary>Markers written before <paramref name="olderThan"/>, with the instance each one is about.</summary>
    public async Task<IReadOnlyList<(string InstanceId, string MarkerKey)>> StaleAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        var stale = new List<(string, string)>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Since le {olderThan}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            stale.Add((entity.RowKey[..entity.RowKey.LastIndexOf(Separator)], entity.RowKey));
        }

        return stale;
    }
}
