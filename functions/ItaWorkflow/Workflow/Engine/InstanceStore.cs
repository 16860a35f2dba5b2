using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// Table Storage layout of instances: one partition per instance holding the snapshot (<c>!state…</c>),
/// history rows (<c>h…</c>) and outbox rows (<c>o…</c>), so one transition is one transactional batch.
/// </summary>
/// <remarks>
/// Every row key carries a short hash of the instance id, so no two instances share a row key. Table Storage does not
/// need that, but Azurite (local runs, tests, benchmarks) looks a row up by its row key first and then checks every
/// row with the same key: with keys like <c>!state</c> shared by all instances, each point read and batch write
/// cost a walk over one row per instance.
/// </remarks>
public sealed class InstanceStore(StorageClients storage)
{
    public static string StateRow(string instanceId) => "!state" + Tag(instanceId);
    private const int MaxRowsPerCommit = SinglePartitionBatch.MaxOperations;

    private TableClient Instances => storage.Table(StorageNames.Instances);

    public static string HistoryRow(string instanceId, long sequence) => $"h{Tag(instanceId)}{sequence:D10}";

    public static string OutboxRow(string instanceId, long version, int index) => $"o{Tag(instanceId)}{version:D10}-{index:D3}";

    /// <summary>Filter clause matching history rows only (their keys start with <c>h</c>, see <see cref="HistoryRow"/>).</summary>
    public const string HistoryRows = "RowKey ge 'h' and RowKey lt 'i'";

    private static string Tag(string instanceId) => ((uint)StableHash.Of(instanceId)).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads the snapshot, or null when the instance does not exist.</summary>
    public async Task<InstanceRecord?> ReadAsync(string instanceId, CancellationToken cancellationToken)
    {
        var response = await Instances.GetEntityIfExistsAsync<TableEntity>(instanceId, StateRow(instanceId), cancellationToken: cancellationToken);
        return response.HasValue ? ToRecord(response.Value!) : null;
    }

    /// <summary>
    /// Writes snapshot, history and outbox in one batch. A new instance is inserted (fails if it exists);
    /// an existing one is replaced only if its ETag still matches. Returns the new ETags, or null on a lost race.
    /// </summary>
    public async Task<CommitReceipt?> CommitAsync(InstanceCommit commit, CancellationToken cancellationToken)
    {
        var snapshot = commit.Snapshot;
        if (1 + commit.History.Count + commit.Outbox.Count > MaxRowsPerCommit)
        {
            throw new InvalidOperationException(
                $"Transition of {snapshot.InstanceId} writes {commit.History.Count} history and {commit.Outbox.Count} outbox rows; " +
                $"one commit holds at most {MaxRowsPerCommit - 1}.");
        }

        var stateEntity = ToEntity(snapshot);
        var actions = new List<TableTransactionAction>(1 + commit.History.Count + commit.Outbox.Count)
        {
            snapshot.ETag is null
                ? new TableTransactionAction(TableTransactionActionType.Add, stateEntity)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, stateEntity, new ETag(snapshot.ETag)),
        };
        actions.AddRange(commit.History.Select(h => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(snapshot.InstanceId, h))));
        actions.AddRange(commit.Outbox.Select(o => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(o))));
        try
        {
            SinglePartitionBatch.EnsureValid(actions);
            var responses = (await Instances.SubmitTransactionAsync(actions, cancellationToken)).Value;
            return new CommitReceipt(
                ETagOf(responses[0]),
                [.. responses.Skip(1 + commit.History.Count).Select(ETagOf)]);
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 409 or 412)
        {
            // 404: the instance was purged since it was read; the caller re-reads and finds it gone.
            return null;
        }
    }

    private static string ETagOf(Azure.Response response) =>
        response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("Table storage answered a batch write without an ETag.");

    public async Task<IReadOnlyList<HistoryEntry>> ReadHistoryAsync(string instanceId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {instanceId}") + " and " + HistoryRows;
        var history = new List<HistoryEntry>();
        await foreach (var entity in Instances.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            history.Add(new HistoryEntry(
                entity.GetInt64("Sequence") ?? 0,
                entity.GetString("Type") ?? "",
                entity.GetDateTimeOffset("At") ?? default,
                entity.GetString("Actor") ?? "",
                ChunkedText.Read(entity, "Payload")));
        }

        return history;
    }

    public async Task<IReadOnlyList<OutboxEntry>> ReadOutboxAsync(string instanceId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {instanceId} and RowKey ge 'o' and RowKey lt 'p'");
        var rows = new List<OutboxEntry>();
        await foreach (var entity in Instances.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(ToOutbox(entity));
        }

        return rows;
    }

    /// <summary>Reads the given outbox rows with one range query over the span of their keys.</summary>
    public async Task<IReadOnlyList<(OutboxEntry Entry, string ETag)>> ReadOutboxAsync(
        string instanceId, IReadOnlyCollection<string> rowKeys, CancellationToken cancellationToken)
    {
        if (rowKeys.Count == 0)
        {
            return [];
        }

        var wanted = rowKeys.ToHashSet(StringComparer.Ordinal);
        var first = wanted.Min(StringComparer.Ordinal)!;
        var last = wanted.Max(StringComparer.Ordinal)!;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {instanceId} and RowKey ge {first} and RowKey le {last}");
        var rows = new List<(OutboxEntry, string)>();
        await foreach (var entity in Instances.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (wanted.Contains(entity.RowKey))
            {
                rows.Add((ToOutbox(entity), entity.ETag.ToString()));
            }
        }

        return rows;
    }

    public async Task<(OutboxEntry Entry, string ETag)?> ReadOutboxAsync(string instanceId, string rowKey, CancellationToken cancellationToken)
    {
        var response = await Instances.GetEntityIfExistsAsync<TableEntity>(instanceId, rowKey, cancellationToken: cancellationToken);
        return response.HasValue ? (ToOutbox(response.Value!), response.Value!.ETag.ToString()) : null;
    }

    /// <summary>Updates the dispatch bookkeeping of outbox rows (status, attempts, error) in one batch.</summary>
    public async Task UpdateOutboxAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var group in entries.GroupBy(e => e.InstanceId))
        {
            foreach (var chunk in group.Chunk(MaxRowsPerCommit))
            {
                if (chunk.Length == 1)
                {
                    // A single write is cheaper than a batch of one.
                    await Instances.UpdateEntityAsync(OutboxStatusEntity(chunk[0]), ETag.All, TableUpdateMode.Merge, cancellationToken);
                    continue;
                }

                var actions = chunk
                    .Select(e => new TableTransactionAction(TableTransactionActionType.UpdateMerge, OutboxStatusEntity(e), ETag.All))
                    .ToList();
                await SinglePartitionBatch.SubmitAsync(Instances, actions, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Claims outbox rows for one consumer: each row is updated only if unchanged since it was read, so of two
    /// consumers holding the same rows exactly one wins each row. Returns the rows this consumer won.
    /// </summary>
    public async Task<IReadOnlyList<OutboxEntry>> ClaimOutboxAsync(
        IReadOnlyList<(OutboxEntry Entry, string ETag)> rows, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var claimed = rows.Select(r => (Entry: r.Entry with { Status = OutboxStatus.Dispatching, ClaimedUntil = leaseUntil }, r.ETag)).ToList();
        if (claimed.Count == 1)
        {
            return await ClaimOneAsync(claimed[0].Entry, claimed[0].ETag, cancellationToken) ? [claimed[0].Entry] : [];
        }

        try
        {
            var actions = claimed
                .Select(c => new TableTransactionAction(TableTransactionActionType.UpdateMerge, OutboxStatusEntity(c.Entry), new ETag(c.ETag)))
                .ToList();
            await SinglePartitionBatch.SubmitAsync(Instances, actions, cancellationToken);
            return [.. claimed.Select(c => c.Entry)];
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 404)
        {
            // Someone else took at least one row: claim one by one and keep what we win.
            var won = new List<OutboxEntry>();
            foreach (var (entry, etag) in claimed)
            {
                if (await ClaimOneAsync(entry, etag, cancellationToken))
                {
                    won.Add(entry);
                }
            }

            return won;
        }
    }

    private async Task<bool> ClaimOneAsync(OutboxEntry claimed, string etag, CancellationToken cancellationToken)
    {
        try
        {
            await Instances.UpdateEntityAsync(OutboxStatusEntity(claimed), new ETag(etag), TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            // Lost this row to another consumer.
            return false;
        }
    }

    /// <summary>Deletes every row of an instance (snapshot, history, outbox).</summary>
    public async Task DeletePartitionAsync(string instanceId, CancellationToken cancellationToken)
    {
        var keys = new List<TableEntity>();
        await foreach (var entity in Instances.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {instanceId}"), select: ["RowKey"], cancellationToken: cancellationToken))
        {
            keys.Add(entity);
        }

        // The snapshot goes last so a purge interrupted half-way is still visible and can be repeated.
        var state = StateRow(instanceId);
        var ordered = keys.Where(k => k.RowKey != state).Concat(keys.Where(k => k.RowKey == state));
        foreach (var chunk in ordered.Chunk(MaxRowsPerCommit))
        {
            var actions = chunk
                .Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(instanceId, k.RowKey), ETag.All))
                .ToList();
            await SinglePartitionBatch.SubmitAsync(Instances, actions, cancellationToken);
        }
    }

    private static TableEntity ToEntity(InstanceRecord r)
    {
        var entity = new TableEntity(r.InstanceId, StateRow(r.InstanceId))
        {
            ["Definition"] = r.Definition,
            ["DefinitionVersion"] = r.DefinitionVersion,
            ["Status"] = r.Status.ToString(),
            ["Step"] = r.Step,
            ["CustomStatus"] = r.CustomStatusJson,
            ["CreatedAt"] = r.CreatedAt,
            ["UpdatedAt"] = r.UpdatedAt,
            ["NextWakeUp"] = r.NextWakeUp,
            ["Version"] = r.Version,
            ["HistoryCount"] = r.HistoryCount,
            ["Summary"] = JsonSerializer.Serialize(r.Summary, EngineJson.Options),
            ["StatusReason"] = r.StatusReason,
        };
        ChunkedText.Write(entity, "State", r.StateJson);
        ChunkedText.Write(entity, "Applied", JsonSerializer.Serialize(r.Applied, EngineJson.Options));
        ChunkedText.Write(entity, "Inbox", JsonSerializer.Serialize(r.Inbox, EngineJson.Options));
        return entity;
    }

    private static InstanceRecord ToRecord(TableEntity e) => new(
        e.PartitionKey,
        e.GetString("Definition") ?? "",
        e.GetInt32("DefinitionVersion") ?? 1,
        Enum.Parse<RuntimeStatus>(e.GetString("Status") ?? nameof(RuntimeStatus.Pending)),
        e.GetString("Step") ?? "",
        e.GetString("CustomStatus"),
        e.GetDateTimeOffset("CreatedAt") ?? default,
        e.GetDateTimeOffset("UpdatedAt") ?? default,
        e.GetDateTimeOffset("NextWakeUp"),
        e.GetInt64("Version") ?? 0,
        e.GetInt64("HistoryCount") ?? 0,
        ChunkedText.Read(e, "State"),
        JsonSerializer.Deserialize<InstanceSummary>(e.GetString("Summary") ?? "null", EngineJson.Options)
            ?? new InstanceSummary("", "", 0, 0, [], null),
        JsonSerializer.Deserialize<Dictionary<string, AppliedEvent>>(ChunkedText.Read(e, "Applied"), EngineJson.Options) ?? [],
        JsonSerializer.Deserialize<List<DeferredEvent>>(ChunkedText.Read(e, "Inbox"), EngineJson.Options) ?? [],
        e.GetString("StatusReason"),
        e.ETag.ToString());

    private static TableEntity ToEntity(string instanceId, HistoryEntry h)
    {
        var entity = new TableEntity(instanceId, HistoryRow(instanceId, h.Sequence))
        {
            ["Sequence"] = h.Sequence,
            ["Type"] = h.Type,
            ["At"] = h.At,
            ["Actor"] = h.Actor,
        };
        ChunkedText.Write(entity, "Payload", h.PayloadJson);
        return entity;
    }

    private static TableEntity ToEntity(OutboxEntry o)
    {
        var entity = OutboxStatusEntity(o);
        entity["CreatedAt"] = o.CreatedAt;
        entity["CommandType"] = o.Command.GetType().Name;
        ChunkedText.Write(entity, "Command", JsonSerializer.Serialize(o.Command, EngineJson.Options));
        return entity;
    }

    private static TableEntity OutboxStatusEntity(OutboxEntry o) => new(o.InstanceId, o.RowKey)
    {
        ["Status"] = o.Status.ToString(),
        ["Attempts"] = o.Attempts,
        ["LastError"] = o.LastError,
        ["DoneAt"] = o.DoneAt,
        ["ClaimedUntil"] = o.ClaimedUntil,
    };

    private static OutboxEntry ToOutbox(TableEntity e) => new(
        e.PartitionKey,
        e.RowKey,
        JsonSerializer.Deserialize<WorkflowCommand>(ChunkedText.Read(e, "Command"), EngineJson.Options)
            ?? throw new InvalidOperationException($"Outbox row {e.PartitionKey}/{e.RowKey} has no command."),
        Enum.Parse<OutboxStatus>(e.GetString("Status") ?? nameof(OutboxStatus.Pending)),
        e.GetInt32("Attempts") ?? 0,
        e.GetString("LastError"),
        e.GetDateTimeOffset("CreatedAt") ?? default,
        e.GetDateTimeOffset("DoneAt"),
        e.GetDateTimeOffset("ClaimedUntil"));
}
