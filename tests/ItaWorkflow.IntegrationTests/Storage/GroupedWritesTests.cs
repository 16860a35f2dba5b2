using Azure.Data.Tables;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;

namespace ItaWorkflow.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class GroupedWritesTests(Azurite azurite)
{
    [Fact]
    public async Task Concurrent_writes_to_a_partition_all_land_and_deleting_a_missing_row_is_no_error()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var table = storage.Table(StorageNames.CaseTimeline);
        var writes = storage.Writes(StorageNames.CaseTimeline);
        await table.AddEntityAsync(new TableEntity("p", "gone-soon"));

        await Task.WhenAll(
        [
            .. Enumerable.Range(0, 40).Select(i => writes.UpsertAsync(new TableEntity("p", $"r{i:D2}") { ["N"] = i }, CancellationToken.None)),
            writes.DeleteAsync("p", "gone-soon", CancellationToken.None),
            writes.DeleteAsync("p", "never-there", CancellationToken.None),
            writes.UpsertAsync(new TableEntity("q", "other") { ["N"] = 1 }, CancellationToken.None),
        ]);
        await writes.UpsertAsync(new TableEntity("p", "r00") { ["N"] = 100 }, CancellationToken.None);

        var rows = await table.QueryAsync<TableEntity>(e => e.PartitionKey == "p").ToListAsync();
        Assert.Equal(40, rows.Count);
        Assert.Equal(100, rows.Single(r => r.RowKey == "r00").GetInt32("N"));
        Assert.Equal(39, rows.Single(r => r.RowKey == "r39").GetInt32("N"));
        Assert.True((await table.GetEntityIfExistsAsync<TableEntity>("q", "other")).HasValue);
    }
}
