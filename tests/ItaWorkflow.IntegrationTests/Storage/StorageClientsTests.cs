using Azure.Data.Tables;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;

namespace ItaWorkflow.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class StorageClientsTests(Azurite azurite)
{
    [Fact]
    public async Task EnsureCreated_makes_every_table_and_container_usable()
    {
        var clients = await TestStorage.CreateAsync(azurite);

        await clients.Table(StorageNames.CaseTimeline).AddEntityAsync(new TableEntity("p", "r"));
        await clients.Container(StorageNames.Evidence).UploadBlobAsync("a.txt", BinaryData.FromString("x"));

        Assert.NotNull((await clients.Table(StorageNames.CaseTimeline).GetEntityIfExistsAsync<TableEntity>("p", "r")).Value);
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

        Assert.Equal("https://stitaprod.table.core.windows.net/itaCaseTimeline", clients.Table(StorageNames.CaseTimeline).Uri.ToString());
        Assert.Equal("https://stitaprod.blob.core.windows.net/ita-evidence", clients.Container(StorageNames.Evidence).Uri.ToString());
    }
}
