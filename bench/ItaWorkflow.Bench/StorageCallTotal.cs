namespace ItaWorkflow.Bench;

/// <summary>All storage calls of one kind made during a run.</summary>
/// <param name="Name">The Azure SDK operation, e.g. <c>TableClient.Query</c>.</param>
/// <param name="Count">How many calls were made.</param>
/// <param name="MeanMs">Mean duration of one call in milliseconds.</param>
public sealed record StorageCallTotal(string Name, long Count, double MeanMs);
