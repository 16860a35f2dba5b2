using Azure.Data.Tables;

namespace ItaWorkflow.Storage;

/// <summary>
/// Submits a Table Storage transactional batch after checking it stays in one partition and within the
/// 100-operation limit. Azurite accepts cross-partition batches but Azure rejects them, so we refuse first.
/// </summary>
public static class SinglePartitionBatch
{
    public const int MaxOperations = 100;

    public static void EnsureValid(IReadOnlyCollection<TableTransactionAction> actions)
    {
        if (actions.Count == 0)
        {
            throw new ArgumentException("A transactional batch needs at least one operation.", nameof(actions));
        }

        if (actions.Count > MaxOperations)
        {
            throw new ArgumentException(
                $"A transactional batch holds at most {MaxOperations} operations; this one has {actions.Count}.", nameof(actions));
        }

        var partitions = actions.Select(a => a.Entity.PartitionKey).Distinct(StringComparer.Ordinal).ToList();
        if (partitions.Count > 1)
        {
            throw new CrossPartitionBatchException(partitions);
        }
    }

    public static Task SubmitAsync(TableClient table, IReadOnlyCollection<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        EnsureValid(actions);
        return table.SubmitTransactionAsync(actions, cancellationToken);
    }
}
