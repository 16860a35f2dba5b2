using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// The due-time index of durable timers: rows keyed by due time inside a few shard partitions, so the
/// ticker finds what is due with one range query per shard, however long the timers are.
/// </summary>
public sealed class TimerStore(StorageClients storage)
{
    public const int Shards = 4;

    private TableClient Table => storage.Table(StorageNames.Timers);

    /// <summary>Adds (or re-adds, idempotently) a timer.</summary>
    public Task ScheduleAsync(DueTimer timer, CancellationToken cancellationToken) =>
        storage.Writes(StorageNames.Timers).UpsertAsync(
            new TableEntity(Shard(timer.InstanceId), RowKey(timer))
            {
                ["Kind"] = timer.Kind.ToString(),
                ["InstanceId"] = timer.InstanceId,
                ["TimerId"] = timer.Id,
                ["Purpose"] = timer.Purpose,
                ["DueAt"] = timer.DueAt,
            },
            cancellationToken);

    /// <summary>Timers due at or before <paramref name="now"/>, oldest first per shard.</summary>
    public async IAsyncEnumerable<(DueTimer Timer, string PartitionKey, string RowKey)> DueAsync(
        DateTimeOffset now, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var upper = (now.UtcTicks + 1).ToString("D19", CultureInfo.InvariantCulture);
        for (var shard = 0; shard < Shards; shard++)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {"t" + shard} and RowKey lt {upper}");
            await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                var timer = new DueTimer(
                    Enum.Parse<TimerKind>(e.GetString("Kind") ?? nameof(TimerKind.Workflow)),
                    e.GetString("InstanceId") ?? "",
                    e.GetString("TimerId") ?? "",
                    e.GetString("Purpose") ?? "",
                    e.GetDateTimeOffset("DueAt") ?? now);
                yield return (timer, e.PartitionKey, e.RowKey);
            }
        }
    }

    /// <summary>Every pending timer of an instance (for the admin page); scans the shard of that instance.</summary>
    public async Task<IReadOnlyList<DueTimer>> OfInstanceAsync(string instanceId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Shard(instanceId)} and InstanceId eq {instanceId}");
        var timers = new List<DueTimer>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            timers.Add(new DueTimer(
                Enum.Parse<TimerKind>(e.GetString("Kind") ?? nameof(TimerKind.Workflow)),
                instanceId,
                e.GetString("TimerId") ?? "",
                e.GetString("Purpose") ?? "",
                e.GetDateTimeOffset("DueAt") ?? default));
        }

        return timers;
    }

    /// <summary>The earliest due time in the index, or null when no timer is pending.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset? earliest = null;
        for (var shard = 0; shard < Shards; shard++)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {"t" + shard}");
            await foreach (var page in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["DueAt"], cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
            {
                if (page.Values.FirstOrDefault()?.GetDateTimeOffset("DueAt") is { } due && (earliest is null || due < earliest))
                {
                    earliest = due;
                }

                break;
            }
        }

        return earliest;
    }

    /// <summary>Removes a fired timer (group-committed with other deletes of its shard; gone already is fine).</summary>
    public Task DeleteAsync(string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        storage.Writes(StorageNames.Timers).DeleteAsync(partitionKey, rowKey, cancellationToken);

    private static string Shard(string instanceId) => "t" + ((uint)StableHash.Of(instanceId) % Shards);

    private static string RowKey(DueTimer timer) =>
        $"{timer.DueAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}|{timer.Kind}|{timer.InstanceId}|{timer.Id}";
}
