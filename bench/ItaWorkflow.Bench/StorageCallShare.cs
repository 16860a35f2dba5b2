namespace ItaWorkflow.Bench;

/// <summary>One kind of storage call made while serving a kind of request.</summary>
/// <param name="Name">The Azure SDK operation, e.g. <c>TableClient.SubmitTransaction</c>.</param>
/// <param name="PerRequest">Calls of this kind per request.</param>
/// <param name="MeanMs">Mean duration of one call in milliseconds.</param>
public sealed record StorageCallShare(string Name, double PerRequest, double MeanMs);
