using System.Text.Json;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using Microsoft.Net.Http.Headers;

namespace ItaWorkflow.Admin;

/// <summary>Streams an evidence blob as an attachment, only when it belongs to a measure the admin may see.</summary>
public static class EvidenceDownload
{
    public static async Task<IResult> GetAsync(HttpContext context, WorkflowClient client, StorageClients storage, string id, string? blob)
    {
        var user = AdminUser.From(context.User);
        var status = await InstanceDetailPage.ReadVisibleAsync(client, user, id, false, context.RequestAborted);
        if (status is null || blob is null || status.Instance.Definition != MeasureWorkflow.DefinitionName)
        {
            return TypedResults.NotFound();
        }

        var state = JsonSerializer.Deserialize<MeasureState>(status.Instance.StateJson, EngineJson.Options);
        var evidence = state?.Progress.SelectMany(p => p.Evidence).FirstOrDefault(e => e.BlobName == blob);
        if (evidence is null)
        {
            return TypedResults.NotFound();
        }

        var download = await storage.Container(StorageNames.Evidence).GetBlobClient(blob).DownloadStreamingAsync(cancellationToken: context.RequestAborted);
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(evidence.Name);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.Stream(download.Value.Content, "application/octet-stream");
    }
}
