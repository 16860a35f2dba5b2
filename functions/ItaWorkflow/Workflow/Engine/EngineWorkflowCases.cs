namespace ItaWorkflow.Workflow.Engine;

/// <summary>The own engine's cases, through <see cref="WorkflowClient"/>.</summary>
public sealed class EngineWorkflowCases(WorkflowClient client) : IWorkflowCases
{
    public async Task<CaseState?> GetAsync(string instanceId, CancellationToken cancellationToken) =>
        await client.GetStatusAsync(instanceId, false, cancellationToken) is { } status
            ? new CaseState(status.Instance.Definition, status.Instance.StateJson)
            : null;

    // The engine decides at its own clock, so the business time is not passed on.
    public Task RaiseAsync(
        string instanceId, WorkflowEvent workflowEvent, string actor, string idempotencyKey, DateTimeOffset at, CancellationToken cancellationToken) =>
        client.RaiseEventAsync(instanceId, new EventEnvelope(workflowEvent, actor, idempotencyKey), cancellationToken);
}
