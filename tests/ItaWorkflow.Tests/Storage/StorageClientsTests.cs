using Azure.Data.Tables;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;

namespace ItaWorkflow.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class StorageClientsTests(Azurite azurite)
{
    [Fact]
    public async Task EnsureCreated_makes_every_table_queue_and_container_usable()
    {
        var clients = await TestStorage.CreateAsync(azurite);

        await clients.Table(StorageNames.Instances).AddEntityAsync(new TableEntity("p", "r"));
        await clients.Queue(StorageNames.WorkQueue).SendMessageAsync("hello");
        await clients.Container(StorageNames.Evidence).UploadBlobAsync("a.txt", BinaryData.FromString("x"));

        var message = await clients.Queue(StorageNames.WorkQueue).ReceiveMessageAsync();
        Assert.Equal("hello", message.Value.Body.ToString());
        Assert.True(await clients.Container(StorageNames.Evidence).GetBlobClient("a.txt").ExistsAsync());
    }
}
