using ItaWorkflow.Domain;

namespace ItaWorkflow.Simulation;

/// <summary>What to simulate: a plan copied to <paramref name="Districts"/> districts for one fiscal year.</summary>
/// <param name="Plan">The plan; its district names the first copy.</param>
/// <param name="Districts">How many district copies.</param>
/// <param name="OutputDirectory">Where reports and summary.json go; null writes nothing.</param>
public sealed record SimulationRequest(Plan Plan, int Districts, string? OutputDirectory)
{
    /// <summary>District names: the plan's own, then "&lt;district&gt;-2", "&lt;district&gt;-3", …</summary>
    public IReadOnlyList<string> DistrictNames =>
        [.. Enumerable.Range(1, Districts).Select(i => i == 1 ? Plan.District : $"{Plan.District}-{i}")];
}
