using Azure.Data.Tables;
using ItaWorkflow.Storage;
using Microsoft.Extensions.Logging;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// A marker written just before a commit and removed once the commit's work is indexed and on the queue: "this
/// instance may have post-commit work". Each attempt has its own marker (so two writers never remove each other's),
/// all in one partition so concurrent commits share a batch. The ticker's sweep finds markers older than a grace
/// period — left by a crash between commit and enqueue — re-enqueues undispatched outbox rows, re-syncs the index
/// and removes them.
/// </summary>
public sealed partial class RecoveryMarkers(StorageClients storage, ILogger<RecoveryMarkers> logger)
{
    private const string Partition = "r";
    private const char Separator = '|';

    private readonly InFlightTasks releases = new();

    private TableClient Table => storage.Table(StorageNames.Recovery);

    private GroupedWrites Writes => storage.Writes(StorageNames.Recovery);

    /// <summary>Writes a marker for one attempt on <paramref name="instanceId"/>; returns its key for <see cref="ReleaseAfter"/>.</summary>
    public async Task<string> MarkAsync(string instanceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = instanceId + Separator + Guid.NewGuid().ToString("N");
        await Writes.UpsertAsync(new TableEntity(Partition, key) { ["Since"] = now }, cancellationToken);
        return key;
    }

    /// <summary>
    /// Removes a marker once <paramref name="handOver"/> has put its commit's work on the queue, without making the
    /// caller wait: the delete rides along with later markers' writes. A hand-over or delete that fails, or a crash
    /// before either ends, leaves the marker, and the sweep then repairs the instance and removes it.
    /// </summary>
    public void ReleaseAfter(Task handOver, string markerKey) => releases.Add(ReleaseAsync(handOver, markerKey));

    /// <summary>Removes the marker of an attempt that committed nothing, without making the caller wait.</summary>
    public void Release(string markerKey) => ReleaseAfter(Task.CompletedTask, markerKey);

    /// <summary>Waits for this process's releases to end, so a sweep does not take their markers for a crash's.</summary>
    public Task FlushAsync() => releases.FlushAsync();

    public Task ClearAsync(string markerKey, CancellationToken cancellationToken) =>
        Writes.DeleteAsync(Partition, markerKey, cancellationToken);

    /// <summary>
    /// Markers written before <paramref name="olderThan"/>, with the instance each one is about; read once this
    /// process's releases have ended.
    /// </summary>
    public async Task<IReadOnlyList<(string InstanceId, string MarkerKey)>> StaleAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        await FlushAsync();
        var stale = new List<(string, string)>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Since le {olderThan}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            stale.Add((entity.RowKey[..entity.RowKey.LastIndexOf(Separator)], entity.RowKey));
        }

        return stale;
    }

    private async Task ReleaseAsync(Task handOver, string markerKey)
    {
        try
        {
            await handOver;
            await ClearAsync(markerKey, CancellationToken.None);
        }
        catch (Exception e)
        {
            LogKept(e, markerKey);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kept recovery marker {MarkerKey}: its hand-over or removal failed; the sweep will repair it")]
    private partial void LogKept(Exception error, string markerKey);
}
