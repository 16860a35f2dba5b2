using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Storage;

/// <summary>
/// Hands out storage clients for the named tables and containers of this app.
/// Blob clients pin a service version that Azurite accepts.
/// </summary>
public sealed class StorageClients
{
    private readonly StorageOptions options;
    private readonly TableServiceClient tables;
    private readonly BlobServiceClient blobs;
    private readonly ConcurrentDictionary<string, GroupedWrites> writes = new(StringComparer.Ordinal);

    /// <param name="options">Where the storage is and the prefix of this app's names.</param>
    /// <param name="policies">Extra pipeline policies for every client, registered in DI (tests use one to hold requests back).</param>
    public StorageClients(IOptions<StorageOptions> options, IEnumerable<HttpPipelinePolicy>? policies = null)
    {
        this.options = options.Value;
        var blobOptions = new BlobClientOptions(BlobClientOptions.ServiceVersion.V2026_06_06);
        var tableOptions = new TableClientOptions();
        // A user waiting on a page should hear "try again shortly" within seconds, not after a minute of retries.
        foreach (var clientOptions in new Azure.Core.ClientOptions[] { blobOptions, tableOptions })
        {
            clientOptions.Retry.MaxRetries = 2;
            clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
            clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
            clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(15);
            foreach (var policy in policies ?? [])
            {
                clientOptions.AddPolicy(policy, HttpPipelinePosition.PerCall);
            }
        }

        if (string.IsNullOrWhiteSpace(this.options.AccountName))
        {
            var connection = this.options.ConnectionString;
            tables = new TableServiceClient(connection, tableOptions);
            blobs = new BlobServiceClient(connection, blobOptions);
        }
        else
        {
            var account = this.options.AccountName;
            var credential = Credential(this.options.ManagedIdentityClientId);
            tables = new TableServiceClient(new Uri($"https://{account}.table.core.windows.net"), credential, tableOptions);
            blobs = new BlobServiceClient(new Uri($"https://{account}.blob.core.windows.net"), credential, blobOptions);
        }
    }

    public StorageOptions Options => options;

    private static TokenCredential Credential(string managedIdentityClientId) =>
        string.IsNullOrWhiteSpace(managedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(managedIdentityClientId));

    public TableClient Table(string name) => tables.GetTableClient(options.TableName(name));

    /// <summary>The group-committed writes of a table (one instance per table, shared by its writers).</summary>
    public GroupedWrites Writes(string name) => writes.GetOrAdd(name, n => new GroupedWrites(Table(n)));

    public BlobContainerClient Container(string name) => blobs.GetBlobContainerClient(options.ContainerName(name));

    /// <summary>Creates every table and container the app uses; safe to call repeatedly.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var table in StorageNames.Tables)
        {
            await Table(table).CreateIfNotExistsAsync(cancellationToken);
        }

        foreach (var container in StorageNames.Containers)
        {
            await Container(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }
}
