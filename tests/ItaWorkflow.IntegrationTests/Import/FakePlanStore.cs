using ItaWorkflow.Domain;
using ItaWorkflow.Import;

namespace ItaWorkflow.Tests.Import;

/// <summary>In-memory <see cref="IPlanStore"/> for command and endpoint tests.</summary>
internal sealed class FakePlanStore : IPlanStore
{
    public Dictionary<(string, int), Plan> Pending { get; } = [];

    public Dictionary<(string, int), Plan> Drafts { get; } = [];

    public Task SavePendingAsync(Plan plan, CancellationToken cancellationToken = default)
    {
        Pending[(plan.District, plan.FiscalYear)] = plan;
        return Task.CompletedTask;
    }

    public Task<Plan?> GetPendingAsync(string district, int fiscalYear, CancellationToken cancellationToken = default) =>
        Task.FromResult(Pending.GetValueOrDefault((district, fiscalYear)));

    public Task SaveDraftAsync(Plan plan, CancellationToken cancellationToken = default)
    {
        Drafts[(plan.District, plan.FiscalYear)] = plan;
        Pending.Remove((plan.District, plan.FiscalYear));
        return Task.CompletedTask;
    }

    public Task<Plan?> GetDraftAsync(string district, int fiscalYear, CancellationToken cancellationToken = default) =>
        Task.FromResult(Drafts.GetValueOrDefault((district, fiscalYear)));
}
