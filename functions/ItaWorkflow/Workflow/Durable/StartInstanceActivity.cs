using ItaWorkflow.Workflow.Engine;
using Microsoft.DurableTask;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>
/// Starts a child case under its fixed instance id; an id that already exists is left as it is, so a repeat is harmless.
/// The child inherits the parent's clock mode and, on a virtual clock, the parent's business time.
/// </summary>
public sealed class StartInstanceActivity(DurableWorkflowClient client) : TaskActivity<CommandWork, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, CommandWork input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var command = (StartInstance)input.ReadCommand();
        await client.StartJsonAsync(command.Definition, command.InstanceId, command.InputJson, input.InstanceId, input.VirtualClock, input.At, CancellationToken.None);
        return input.CommandId;
    }
}
