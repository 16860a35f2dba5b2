using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>What one step decided: the next generation, the commands to run and the timeline entries to record.</summary>
/// <param name="Next">The generation after the step (its <c>Pending</c> cleared).</param>
/// <param name="Commands">Commands other than timers, which live in <see cref="WorkflowGeneration.Timers"/>.</param>
/// <param name="Timeline">Who did what, when; empty when nothing changed.</param>
/// <param name="Result">The answer the engine would have given the raiser.</param>
public sealed record StepPlan(WorkflowGeneration Next, IReadOnlyList<PlannedCommand> Commands, IReadOnlyList<HistoryEntry> Timeline, RaiseResult Result)
{
    /// <summary>Whether the step changed the case (the read model is written only then).</summary>
    public bool Changed => Timeline.Count > 0;
}
