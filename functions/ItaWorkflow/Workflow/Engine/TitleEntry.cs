namespace ItaWorkflow.Workflow.Engine;

/// <summary>An instance's title as <see cref="TitleCatalog"/> keeps it, case-folded for matching.</summary>
public sealed record TitleEntry(string InstanceId, string FoldedTitle);
