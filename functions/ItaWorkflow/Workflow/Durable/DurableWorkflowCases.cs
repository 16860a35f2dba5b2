using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>The cases run by <see cref="WorkflowOrchestrator"/>: reads the current generation, raises the loop's event.</summary>
public sealed class DurableWorkflowCases(DurableWorkflowClient client) : IWorkflowCases
{
    public async Task<CaseState?> GetAsync(string instanceId, CancellationToken cancellationToken) =>
        await client.GetAsync(instanceId, cancellationToken) is { StateJson: { } stateJson } generation
            ? new CaseState(generation.Definition, stateJson)
            : null;

    // On a virtual clock the business time keeps the event in order; on real time the case decides at its own clock.
    public Task RaiseAsync(
        string instanceId, WorkflowEvent workflowEvent, string actor, string idempotencyKey, DateTimeOffset at, CancellationToken cancellationToken) =>
        client.RaiseAsync(instanceId, workflowEvent, actor, idempotencyKey, at, cancellationToken);
}
