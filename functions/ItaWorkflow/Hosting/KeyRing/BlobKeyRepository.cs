using System.Xml.Linq;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ItaWorkflow.Hosting;

/// <summary>
/// Keeps the Data Protection key ring as one blob per key in a private container, so admin sessions and form tokens
/// made by one instance are read by every other instance and survive restarts.
/// </summary>
public sealed class BlobKeyRepository(BlobContainerClient container) : IXmlRepository
{
    // Data Protection calls the repository synchronously and caches the ring; reads happen on start and on key expiry.
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        if (!container.Exists())
        {
            return [];
        }

        return [.. container.GetBlobs().Select(item =>
        {
            using var content = container.GetBlobClient(item.Name).DownloadStreaming().Value.Content;
            return XElement.Load(content);
        })];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        container.CreateIfNotExists();
        using var content = new MemoryStream();
        element.Save(content, SaveOptions.DisableFormatting);
        content.Position = 0;
        container.GetBlobClient(BlobName(friendlyName)).Upload(content, overwrite: true);
    }

    /// <summary>The blob name of a key: its friendly name (a key id) when that is a plain name, else a new id.</summary>
    public static string BlobName(string friendlyName) =>
        (friendlyName.Length is > 0 and <= 64 && friendlyName.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? friendlyName
            : Guid.NewGuid().ToString("N")) + ".xml";
}
