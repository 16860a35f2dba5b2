using Azure.Data.Tables;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Tests.Links;

/// <summary>
/// Every table row (with its ETag, so any update shows), every blob and the work queue's length: equal fingerprints mean
/// nothing was stored. The engine's recovery markers are left out: it refreshes one on every raise, refused or not,
/// as crash bookkeeping that holds no user input. So is the Data Protection key ring, which the first form token creates.
/// </summary>
public static class StorageFingerprint
{
    public static async Task<IReadOnlyList<string>> TakeAsync(StorageClients storage)
    {
        var items = new List<string>();
        foreach (var table in StorageNames.Tables)
        {
            await foreach (var row in storage.Table(table).QueryAsync<TableEntity>(select: [nameof(TableEntity.PartitionKey), nameof(TableEntity.RowKey)]))
            {
                items.Add($"{table}|{row.PartitionKey}|{row.RowKey}|{row.ETag}");
            }
        }

        foreach (var container in StorageNames.Containers.Where(c => c != StorageNames.Keys))
        {
            await foreach (var blob in storage.Container(container).GetBlobsAsync())
            {
                items.Add($"{container}|{blob.Name}|{blob.Properties.ETag}");
            }
        }

        return items;
    }
}
