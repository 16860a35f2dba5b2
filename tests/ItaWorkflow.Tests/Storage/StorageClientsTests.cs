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

    [Fact]
    public void With_an_account_name_clients_use_the_account_endpoints_instead_of_the_connection_string()
    {
        var clients = new StorageClients(Microsoft.Extensions.Options.Options.Create(new StorageOptions
        {
            ConnectionString = azurite.ConnectionString,
            AccountName = "stitaprod",
            ManagedIdentityClientId = "00000000-0000-0000-0000-000000000001",
        }));

        Assert.Equal("https://stitaprod.table.core.windows.net/itaInstances", clients.Table(StorageNames.Instances).Uri.ToString());
        Assert.Equal("https://stitaprod.queue.core.windows.net/ita-work", clients.Queue(StorageNames.WorkQueue).Uri.ToString());
        Assert.Equal("https://stitaprod.blob.core.windows.net/ita-evidence", clients.Container(StorageNames.Evidence).Uri.ToString());
    }
}
