using ItaWorkflow.Workflow.Engine;
using Microsoft.DurableTask;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>
/// Raises an event on another case, keyed by the command's id so the target applies a repeat once. A target that does
/// not exist yet (its start is another command) fails the attempt, and the retry policy tries again.
/// </summary>
public sealed class RaiseEventActivity(DurableWorkflowClient client) : TaskActivity<CommandWork, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, CommandWork input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var command = (RaiseEvent)input.ReadCommand();
        if (!await client.ExistsAsync(command.TargetInstanceId, CancellationToken.None))
        {
            throw new InvalidOperationException($"Target instance {command.TargetInstanceId} does not exist (yet).");
        }

        var message = new WorkflowEventMessage(
            command.EventType, command.EventJson, input.InstanceId, input.Id, input.VirtualClock ? input.At : null);
        await client.RaiseAsync(command.TargetInstanceId, message, CancellationToken.None);
        return input.CommandId;
    }
}
