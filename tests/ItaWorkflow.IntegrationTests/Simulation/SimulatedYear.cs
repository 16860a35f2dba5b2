using ItaWorkflow.Domain;
using ItaWorkflow.Simulation;
using ItaWorkflow.Tests.Infrastructure;

namespace ItaWorkflow.Tests.Simulation;

/// <summary>The sample plan (four measures, one district) the simulation tests run through fiscal year 2567.</summary>
public static class SimulatedYear
{
    public const int FiscalYear = 2567;

    public static string PlanFile => Path.Combine(Azurite.RepoRoot, "samples", "sample-plan.json");

    public static async Task<Plan> PlanAsync()
    {
        var (plan, error) = await SimulateCommand.LoadPlanAsync(PlanFile, null, FiscalYear, CancellationToken.None);
        Assert.True(plan is not null, error);
        return plan;
    }

    /// <summary>What must be the same after any run of the same seed: each case's end state and the reports published.</summary>
    public static IReadOnlyList<string> FinalState(SimulationSummary summary) =>
    [
        .. summary.DistrictOutcomes.SelectMany(d => d.Measures
            .Select(m => $"{m.InstanceId} {m.Status} {m.Step} [{string.Join(',', m.ApprovedPeriods)}] missed={m.MissedPeriods} " +
                $"approved-events={m.ProgressApprovedEvents} returned-events={m.ProgressReturnedEvents}")
            .Prepend($"{d.PlanInstanceId} {d.PlanStatus} published={string.Join(',', d.PublishedReports)}")),
    ];
}
