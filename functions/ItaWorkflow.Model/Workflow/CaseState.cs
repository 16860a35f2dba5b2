namespace ItaWorkflow.Workflow;

/// <summary>A case's definition name and its state as the definition stores it.</summary>
/// <param name="Definition">Definition name, e.g. <c>plan</c>.</param>
/// <param name="StateJson">The definition's state JSON.</param>
public sealed record CaseState(string Definition, string StateJson);
