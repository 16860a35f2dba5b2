using System.Text.Json;
using ItaWorkflow.Workflow.Engine;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>
/// Starts cases and raises on them through the Durable Task client, under the same business instance ids the engine
/// uses (<c>MeasureWorkflow.InstanceIdFor</c>, plan ids), so links already sent keep working.
/// </summary>
public sealed class DurableWorkflowClient(DurableTaskClient client, WorkflowCatalog catalog, RaiseLedger ledger)
{
    /// <summary>Starts a case of the newest version of <paramref name="definition"/> unless the id already exists.</summary>
    /// <returns><see langword="true"/> when this call started it.</returns>
    /// <exception cref="ArgumentException">The definition refuses the input.</exception>
    public Task<bool> StartAsync<TInput>(
        string definition, string instanceId, TInput input, string actor, bool virtualClock, DateTimeOffset at, CancellationToken cancellationToken)
        where TInput : class =>
        StartJsonAsync(definition, instanceId, JsonSerializer.Serialize(input, EngineJson.Options), actor, virtualClock, at, cancellationToken);

    /// <inheritdoc cref="StartAsync{TInput}"/>
    public async Task<bool> StartJsonAsync(
        string definition, string instanceId, string inputJson, string actor, bool virtualClock, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var latest = catalog.Latest(definition);
        // Pure, so a bad input is refused here rather than failing the orchestration's first episode.
        var check = latest.Start(inputJson, new TransitionContext(instanceId, at, actor));
        if (check.Kind != DecisionKind.Applied)
        {
            throw new ArgumentException($"Cannot start {definition} {instanceId}: {check.Reason}", nameof(inputJson));
        }

        if (await ExistsAsync(instanceId, cancellationToken))
        {
            return false;
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                nameof(WorkflowOrchestrator),
                WorkflowGeneration.Starting(latest, inputJson, actor, virtualClock, at),
                new StartOrchestrationOptions(instanceId),
                cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Another caller started it between the check and the start (each backend reports that in its own way).
            if (await ExistsAsync(instanceId, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    /// <summary>Raises a definition event; its outcome is decided by the case (use <see cref="WorkflowPreview"/> to answer at once).</summary>
    public Task RaiseAsync(
        string instanceId, WorkflowEvent workflowEvent, string actor, string? idempotencyKey, DateTimeOffset? at, CancellationToken cancellationToken) =>
        RaiseAsync(instanceId, WorkflowEventMessage.Of(workflowEvent, actor, idempotencyKey, at), cancellationToken);

    /// <summary>Raises <paramref name="message"/> as the case's external event.</summary>
    public async Task RaiseAsync(string instanceId, WorkflowEventMessage message, CancellationToken cancellationToken)
    {
        // Counted first: a driver must never see the case as caught up while this message is on its way.
        ledger.Count(instanceId);
        await client.RaiseEventAsync(instanceId, WorkflowOrchestrator.EventName, message, cancellationToken);
    }

    /// <summary>Moves a virtual-clock case's clock to <paramref name="at"/>; due wake-ups then fire in order.</summary>
    public Task WakeUpAsync(string instanceId, DateTimeOffset at, CancellationToken cancellationToken) =>
        RaiseAsync(instanceId, WorkflowEventMessage.WakeUp(at), cancellationToken);

    /// <summary>Runs the case's parked work again.</summary>
    public Task RetryParkedAsync(string instanceId, string actor, CancellationToken cancellationToken) =>
        RaiseAsync(instanceId, WorkflowEventMessage.RetryParked(actor), cancellationToken);

    public async Task<bool> ExistsAsync(string instanceId, CancellationToken cancellationToken) =>
        await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken) is not null;

    /// <summary>The case's current generation (the running episode's input, or a finished case's output); null when unknown.</summary>
    /// <remarks>Under load the instance row was seen with an empty input (a start or ContinueAsNew being written): unknown yet.</remarks>
    public async Task<WorkflowGeneration?> GetAsync(string instanceId, CancellationToken cancellationToken) =>
        await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken) is { } metadata
            ? metadata.IsCompleted
                ? string.IsNullOrEmpty(metadata.SerializedOutput) ? null : metadata.ReadOutputAs<WorkflowGeneration>()
                : string.IsNullOrEmpty(metadata.SerializedInput) ? null : metadata.ReadInputAs<WorkflowGeneration>()
            : null;
}
