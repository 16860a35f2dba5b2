using Azure;
using Azure.Data.Tables;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Tests.Storage;

public sealed class AzuriteProcessTests
{
    [Fact]
    public async Task An_in_memory_Azurite_serves_a_table_write_and_read()
    {
        await using var azurite = await AzuriteProcess.StartInMemoryAsync();
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient("memory");
        await table.CreateIfNotExistsAsync();

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["Text"] = "ทดสอบ" });
        var read = await table.GetEntityAsync<TableEntity>("p", "r");

        Assert.Equal("ทดสอบ", read.Value.GetString("Text"));
    }

    [Fact]
    public async Task An_in_memory_Azurite_keeps_nothing_once_it_is_stopped()
    {
        var first = await AzuriteProcess.StartInMemoryAsync();
        var ports = (first.BlobPort, first.QueuePort, first.TablePort);
        await new TableServiceClient(first.ConnectionString).GetTableClient("memory").CreateIfNotExistsAsync();
        await first.StopAsync();
        await first.DisposeAsync();

        await using var restarted = await AzuriteProcess.StartInMemoryAsync(ports);
        var read = await Record.ExceptionAsync(() => new TableServiceClient(restarted.ConnectionString).GetTableClient("memory").GetEntityAsync<TableEntity>("p", "r"));

        Assert.Equal(404, Assert.IsType<RequestFailedException>(read).Status);
        Assert.Equal("TableNotFound", ((RequestFailedException)read).ErrorCode);
    }
}
