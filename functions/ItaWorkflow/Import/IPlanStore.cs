using ItaWorkflow.Domain;

namespace ItaWorkflow.Import;

/// <summary>Where imported plans are kept: a pending import awaiting the coordinator's confirmation, and the confirmed draft.</summary>
public interface IPlanStore
{
    /// <summary>Keeps an import that the coordinator has not confirmed yet, replacing any earlier one.</summary>
    Task SavePendingAsync(Plan plan, CancellationToken cancellationToken = default);

    /// <summary>The pending import of a district and fiscal year, if any.</summary>
    Task<Plan?> GetPendingAsync(string district, int fiscalYear, CancellationToken cancellationToken = default);

    /// <summary>Stores a confirmed plan as the district's draft for the fiscal year (replacing an earlier draft) and drops the pending import.</summary>
    Task SaveDraftAsync(Plan plan, CancellationToken cancellationToken = default);

    /// <summary>The stored draft plan of a district and fiscal year, if any.</summary>
    Task<Plan?> GetDraftAsync(string district, int fiscalYear, CancellationToken cancellationToken = default);
}
