namespace ItaWorkflow.Workflow.Engine;

/// <summary>What lists and filters show about an instance; kept in the index table.</summary>
/// <param name="Title">Measure title or plan name.</param>
/// <param name="District">District office.</param>
/// <param name="FiscalYear">Buddhist-Era fiscal year.</param>
/// <param name="Indicator">ITA indicator 1–10, or 0 for a plan.</param>
/// <param name="Divisions">Responsible divisions.</param>
/// <param name="NextDue">When the current wait is due (progress, review, acknowledgement), if any.</param>
public sealed record InstanceSummary(
    string Title,
    string District,
    int FiscalYear,
    int Indicator,
    IReadOnlyList<string> Divisions,
    DateTimeOffset? NextDue);
