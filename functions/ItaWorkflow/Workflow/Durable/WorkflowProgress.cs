using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>
/// The orchestration's custom status: where the loop is, so drivers (the simulation, tests, the admin page) can tell
/// a case that has settled from one still working through what it received.
/// </summary>
/// <param name="Sequence">Steps applied.</param>
/// <param name="Received">External messages received.</param>
/// <param name="Step">The definition's step.</param>
/// <param name="Status">Running or finished.</param>
/// <param name="Clock">Virtual clock (or last step time).</param>
/// <param name="Parked">Parked work items.</param>
/// <param name="Settled">Nothing received is still waiting to be decided and, on a virtual clock, no wake-up is due.</param>
public sealed record WorkflowProgress(long Sequence, long Received, string Step, RuntimeStatus Status, DateTimeOffset Clock, int Parked, bool Settled)
{
    public static WorkflowProgress Of(WorkflowGeneration generation)
    {
        ArgumentNullException.ThrowIfNull(generation);
        return new(
            generation.Sequence, generation.Received, generation.Step, generation.Status, generation.Clock, generation.Parked.Count,
            generation.Pending is null && generation.DueTimer is null && generation.Inbox.Count == 0);
    }
}
