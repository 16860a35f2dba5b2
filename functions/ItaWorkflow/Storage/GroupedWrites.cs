using Azure;
using Azure.Data.Tables;

namespace ItaWorkflow.Storage;

/// <summary>
/// Replace-upserts and deletes of one table, group-committed per partition: concurrent writes to the same partition
/// share one transactional batch (a row written twice keeps the later write). For rows many instances write at once
/// and that carry no ETag condition: index rows, timers, recovery markers. Deleting a missing row is not an error.
/// </summary>
public sealed class GroupedWrites
{
    private readonly TableClient table;
    private readonly GroupCommit<string, TableTransactionAction> commits;

    public GroupedWrites(TableClient table)
    {
        this.table = table;
        commits = new GroupCommit<string, TableTransactionAction>(FlushAsync, SinglePartitionBatch.MaxOperations);
    }

    public Task UpsertAsync(TableEntity entity, CancellationToken cancellationToken) =>
        commits.SubmitAsync(entity.PartitionKey, new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity))
            .WaitAsync(cancellationToken);

    public Task DeleteAsync(string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        commits.SubmitAsync(partitionKey, new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, rowKey), ETag.All))
            .WaitAsync(cancellationToken);

    private async Task FlushAsync(string partitionKey, IReadOnlyList<TableTransactionAction> actions)
    {
        var latest = actions.GroupBy(a => a.Entity.RowKey, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        if (latest.Count > 1)
        {
            try
            {
                await SinglePartitionBatch.SubmitAsync(table, latest, CancellationToken.None);
                return;
            }
            catch (TableTransactionFailedException e) when (e.Status == 404)
            {
                // A delete found its row already gone, which fails the whole batch: write them one by one.
            }
        }

        foreach (var action in latest)
        {
            await WriteOneAsync(action);
        }
    }

    private async Task WriteOneAsync(TableTransactionAction action)
    {
        if (action.ActionType == TableTransactionActionType.UpsertReplace)
        {
            await table.UpsertEntityAsync(action.Entity, TableUpdateMode.Replace);
            return;
        }

        try
        {
            await table.DeleteEntityAsync(action.Entity.PartitionKey, action.Entity.RowKey, ETag.All);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already gone: what the delete wanted.
        }
    }
}
