using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Storage;

/// <summary>
/// Hands out storage clients for the named tables, queues and containers of this app.
/// Queue and Blob clients pin a service version that Azurite accepts.
/// </summary>
public sealed class StorageClients
{
    private readonly StorageOptions options;
    private readonly TableServiceClient tables;
    private readonly QueueServiceClient queues;
    private readonly BlobServiceClient blobs;

    public StorageClients(IOptions<StorageOptions> options)
    {
        this.options = options.Value;
        var connection = this.options.ConnectionString;
        tables = new TableServiceClient(connection);
        queues = new QueueServiceClient(connection, new QueueClientOptions(QueueClientOptions.ServiceVersion.V2026_06_06)
        {
            MessageEncoding = QueueMessageEncoding.Base64,
        });
        blobs = new BlobServiceClient(connection, new BlobClientOptions(BlobClientOptions.ServiceVersion.V2026_06_06));
    }

    public StorageOptions Options => options;

    public TableClient Table(string name) => tables.GetTableClient(options.TableName(name));

    public QueueClient Queue(string name) => queues.GetQueueClient(options.QueueName(name));

    public BlobContainerClient Container(string name) => blobs.GetBlobContainerClient(options.ContainerName(name));

    /// <summary>Creates every table, queue and container the app uses; safe to call repeatedly.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var table in StorageNames.Tables)
        {
            await Table(table).CreateIfNotExistsAsync(cancellationToken);
        }

        foreach (var queue in StorageNames.Queues)
        {
            await Queue(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        foreach (var container in StorageNames.Containers)
        {
            await Container(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }
}
