using Azure.Storage.Blobs.Models;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Links;

/// <summary>Evidence files in Blob Storage, named <c>{instanceId}/{period}/{guid}-{safeFileName}</c>.</summary>
public sealed class EvidenceStore(StorageClients storage)
{
    public async Task<string> SaveAsync(string instanceId, int period, string fileName, string contentType, Stream content, CancellationToken cancellationToken)
    {
        var blobName = $"{instanceId}/{period}/{Guid.NewGuid():N}-{EvidenceRules.SafeFileName(fileName)}";
        var blob = storage.Container(StorageNames.Evidence).GetBlobClient(blobName);
        await blob.UploadAsync(content, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, cancellationToken);
        return blobName;
    }

    /// <summary>Removes a blob saved for a submission the workflow refused.</summary>
    public Task DeleteAsync(string blobName, CancellationToken cancellationToken) =>
        storage.Container(StorageNames.Evidence).GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: cancellationToken);

    /// <summary>Opens a blob of <paramref name="instanceId"/>; null when the name belongs to another instance or is missing.</summary>
    public async Task<(Stream Content, string ContentType)?> OpenAsync(string instanceId, string blobName, CancellationToken cancellationToken)
    {
        if (!blobName.StartsWith(instanceId + "/", StringComparison.Ordinal))
        {
            return null;
        }

        var blob = storage.Container(StorageNames.Evidence).GetBlobClient(blobName);
        if (!await blob.ExistsAsync(cancellationToken))
        {
            return null;
        }

        var download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
        return (download.Value.Content, download.Value.Details.ContentType ?? "application/octet-stream");
    }
}
