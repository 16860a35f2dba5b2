using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>
/// Who did what, when, for cases run by <see cref="WorkflowOrchestrator"/>: one partition per instance, one row per
/// timeline entry keyed by its sequence number, so writing a step again replaces the same rows.
/// </summary>
public sealed class CaseTimeline(StorageClients storage)
{
    private const int BatchLimit = 100;

    private const int SequenceDigits = 19;

    private TableClient Table => storage.Table(StorageNames.CaseTimeline);

    public async Task AppendAsync(string instanceId, IReadOnlyList<HistoryEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var batch in entries.Chunk(BatchLimit))
        {
            await Table.SubmitTransactionAsync(
                batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(instanceId, e))), cancellationToken);
        }
    }

    /// <summary>
    /// Adds an entry written outside the orchestrator (suspend, resume, terminate) after entry <paramref name="after"/>
    /// and before the next one the orchestrator writes: its row key extends <paramref name="after"/>'s, so it never takes
    /// a number the orchestrator will use.
    /// </summary>
    public Task AppendBetweenAsync(string instanceId, long after, HistoryEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var entity = ToEntity(instanceId, entry);
        // Wall-clock ticks, not the business time: on a virtual clock a suspend and a resume share one business instant.
        entity.RowKey = string.Create(CultureInfo.InvariantCulture, $"{after:D19}-{DateTime.UtcNow.Ticks:D19}");
        return Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<HistoryEntry>> ReadAsync(string instanceId, CancellationToken cancellationToken)
    {
        var entries = new List<HistoryEntry>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {instanceId}"), cancellationToken: cancellationToken))
        {
            entries.Add(new HistoryEntry(
                long.Parse(e.RowKey.AsSpan(0, SequenceDigits), CultureInfo.InvariantCulture),
                e.GetString("Type") ?? "",
                e.GetDateTimeOffset("At") ?? default,
                e.GetString("Actor") ?? "",
                ChunkedText.Read(e, "Payload")));
        }

        return entries;
    }

    /// <summary>Deletes the case's timeline; a case with none is left as it is.</summary>
    /// <returns>The number of rows deleted.</returns>
    public async Task<int> DeleteAsync(string instanceId, CancellationToken cancellationToken)
    {
        var keys = new List<TableEntity>();
        await foreach (var e in Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {instanceId}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            keys.Add(e);
        }

        foreach (var batch in keys.Chunk(BatchLimit))
        {
            await Table.SubmitTransactionAsync(
                batch.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All)), cancellationToken);
        }

        return keys.Count;
    }

    private static TableEntity ToEntity(string instanceId, HistoryEntry entry)
    {
        var entity = new TableEntity(instanceId, entry.Sequence.ToString("D19", CultureInfo.InvariantCulture))
        {
            ["Type"] = entry.Type,
            ["At"] = entry.At,
            ["Actor"] = entry.Actor,
        };
        ChunkedText.Write(entity, "Payload", entry.PayloadJson);
        return entity;
    }
}
