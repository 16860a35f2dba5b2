using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;
using Microsoft.Extensions.Logging;

namespace ItaWorkflow.Durable.Hosting;

/// <summary>
/// The Azure Storage backend of one task hub, shared by the worker and the client of a host.
/// </summary>
internal sealed class LocalTaskHub
{
    private readonly Lock gate = new();
    private Task? created;

    public LocalTaskHub(LocalDurableTaskOptions options, ILoggerFactory loggerFactory)
    {
        Options = options;
        // Azurite refuses the newest service versions unless started with --skipApiVersionCheck; the app pins the
        // same version for its own clients (Storage/StorageClients.cs).
        var accounts = new StorageAccountClientProvider(
            StorageServiceClientProvider.ForBlob(
                options.ConnectionString, new BlobClientOptions(BlobClientOptions.ServiceVersion.V2026_06_06)),
            StorageServiceClientProvider.ForQueue(
                options.ConnectionString, new QueueClientOptions(QueueClientOptions.ServiceVersion.V2026_06_06)),
            StorageServiceClientProvider.ForTable(options.ConnectionString, new TableClientOptions()));
        Service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = accounts,
            TaskHubName = options.TaskHubName,
            PartitionCount = options.PartitionCount,
            MaxQueuePollingInterval = options.MaxQueuePollingInterval,
            // One local process per hub: the app lease only serves blue/green swaps between Functions apps, and a
            // lease left by a killed process would hold the next start back until it expires.
            UseAppLease = false,
            // A start for an instance id that is still live must fail loudly, not be dropped silently.
            ThrowExceptionOnInvalidDedupeStatus = true,
            LoggerFactory = loggerFactory,
        });
    }

    public LocalDurableTaskOptions Options { get; }

    public AzureStorageOrchestrationService Service { get; }

    /// <summary>Creates the hub's queues, tables and containers once per process if they are missing.</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            // A failed attempt (storage not up yet) is not kept: the next caller tries again.
            if (created is null || created.IsFaulted || created.IsCanceled)
            {
                created = Service.CreateIfNotExistsAsync();
            }

            return created.WaitAsync(cancellationToken);
        }
    }
}
