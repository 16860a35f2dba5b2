using System.Text.Json;
using ItaWorkflow.Workflow;
using ItaWorkflow.Links;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using Microsoft.Net.Http.Headers;

namespace ItaWorkflow.Admin;

/// <summary>
/// Streams an evidence blob as an attachment, only when it belongs to a measure the admin may see, the measure's state
/// references it, and it has the shape of an evidence name of that measure (state written before names were checked
/// may hold others).
/// </summary>
public static class EvidenceDownload
{
    public static async Task<IResult> GetAsync(HttpContext context, WorkflowClient client, EvidenceStore store, string id, string? blob)
    {
        var user = AdminUser.From(context.User);
        var status = await InstanceDetailPage.ReadVisibleAsync(client, user, id, false, context.RequestAborted);
        if (status is null || blob is null || status.Instance.Definition != MeasureWorkflow.DefinitionName)
        {
            return TypedResults.NotFound();
        }

        var state = JsonSerializer.Deserialize<MeasureState>(status.Instance.StateJson, EngineJson.Options);
        var evidence = state?.Progress.SelectMany(p => p.Evidence).FirstOrDefault(e => e.BlobName == blob);
        if (evidence is null || await store.OpenAsync(status.Instance.InstanceId, blob, context.RequestAborted) is not { } file)
        {
            return TypedResults.NotFound();
        }

        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(evidence.Name);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.Stream(file.Content, "application/octet-stream");
    }
}
