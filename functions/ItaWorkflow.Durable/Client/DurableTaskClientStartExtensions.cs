using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using OrchestrationAlreadyExistsException = DurableTask.Core.Exceptions.OrchestrationAlreadyExistsException;

namespace ItaWorkflow.Durable.Client;

/// <summary>Starting an orchestration under a business id (a measure, a district plan) exactly once.</summary>
public static class DurableTaskClientStartExtensions
{
    /// <summary>
    /// Starts <paramref name="orchestratorName"/> as <paramref name="instanceId"/> unless an instance with that id is
    /// pending, running or suspended; a repeated import or a retried request then changes nothing.
    /// </summary>
    /// <returns><see langword="true"/> when this call started the instance.</returns>
    public static async Task<bool> StartOnceAsync(
        this DurableTaskClient client,
        TaskName orchestratorName,
        string instanceId,
        object? input = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                orchestratorName, input, new StartOrchestrationOptions(instanceId), cancellation);
            return true;
        }
        catch (OrchestrationAlreadyExistsException)
        {
            return false;
        }
    }
}
