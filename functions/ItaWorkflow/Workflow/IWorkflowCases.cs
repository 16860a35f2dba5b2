using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow;

/// <summary>
/// The cases of whichever runtime runs them (the own engine or Durable Task), for features both share: report
/// compilation reads a plan and its measures and answers the plan with an event.
/// </summary>
public interface IWorkflowCases
{
    /// <summary>The case's definition and current state; null when the case does not exist or has not started yet.</summary>
    Task<CaseState?> GetAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>Raises <paramref name="workflowEvent"/> on the case; a repeat with the same key is applied once.</summary>
    /// <param name="instanceId">The case to raise on.</param>
    /// <param name="workflowEvent">The definition's event.</param>
    /// <param name="actor">Who raises it.</param>
    /// <param name="idempotencyKey">Deterministic key of the work that raises it.</param>
    /// <param name="at">When the work that raises it was decided (a virtual clock's business time).</param>
    /// <param name="cancellationToken">Cancels the raise.</param>
    Task RaiseAsync(
        string instanceId, WorkflowEvent workflowEvent, string actor, string idempotencyKey, DateTimeOffset at, CancellationToken cancellationToken);
}
