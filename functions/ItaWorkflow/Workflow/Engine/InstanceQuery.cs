namespace ItaWorkflow.Workflow.Engine;

/// <summary>Filters for listing instances from the index table; all optional.</summary>
public sealed record InstanceQuery(
    string? District = null,
    int? FiscalYear = null,
    string? Definition = null,
    RuntimeStatus? Status = null,
    string? Step = null,
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedTo = null,
    int? Indicator = null,
    DateTimeOffset? DueBefore = null,
    int PageSize = 50,
    string? ContinuationToken = null);
