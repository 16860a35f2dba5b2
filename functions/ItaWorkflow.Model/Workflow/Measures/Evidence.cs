namespace ItaWorkflow.Workflow.Measures;

/// <summary>Evidence attached to progress: an uploaded file (blob name) or an external URL.</summary>
public sealed record Evidence(string Name, string? BlobName, string? Url, string? ContentType, long Size);
