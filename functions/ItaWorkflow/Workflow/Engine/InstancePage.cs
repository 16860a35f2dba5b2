namespace ItaWorkflow.Workflow.Engine;

/// <summary>A page of instances and the token for the next page (null on the last page).</summary>
public sealed record InstancePage(IReadOnlyList<InstanceListItem> Items, string? ContinuationToken);
