namespace ItaWorkflow.Workflow.Engine;

/// <summary>One row of an instance list.</summary>
public sealed record InstanceListItem(
    string InstanceId,
    string Definition,
    RuntimeStatus Status,
    string Step,
    string Title,
    string District,
    int FiscalYear,
    int Indicator,
    IReadOnlyList<string> Divisions,
    DateTimeOffset? NextDue,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version);
