using Azure;
using Azure.Storage.Blobs.Models;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Links;

/// <summary>Evidence files in Blob Storage, named as <see cref="EvidenceBlobName"/> describes.</summary>
public sealed class EvidenceStore(StorageClients storage)
{
    public async Task<string> SaveAsync(string instanceId, int period, string fileName, string contentType, Stream content, CancellationToken cancellationToken)
    {
        var blobName = EvidenceBlobName.Create(instanceId, period, Guid.NewGuid(), fileName).Value;
        var blob = storage.Container(StorageNames.Evidence).GetBlobClient(blobName);
        await blob.UploadAsync(content, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, cancellationToken);
        return blobName;
    }

    /// <summary>Removes a blob saved for a submission the workflow refused.</summary>
    public Task DeleteAsync(string blobName, CancellationToken cancellationToken) =>
        EvidenceBlobName.TryParse(blobName, out _)
            ? storage.Container(StorageNames.Evidence).GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: cancellationToken)
            : Task.CompletedTask;

    /// <summary>
    /// Opens a blob of <paramref name="instanceId"/>; null when the name is not a valid evidence name of that instance
    /// (<see cref="EvidenceBlobName.IsValidFor"/>) or the blob is missing. Callers also check the name is one the
    /// instance's state references.
    /// </summary>
    public async Task<(Stream Content, string ContentType)?> OpenAsync(string instanceId, string blobName, CancellationToken cancellationToken)
    {
        if (!EvidenceBlobName.IsValidFor(blobName, instanceId))
        {
            return null;
        }

        try
        {
            var download = await storage.Container(StorageNames.Evidence).GetBlobClient(blobName).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return (download.Value.Content, download.Value.Details.ContentType ?? "application/octet-stream");
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
