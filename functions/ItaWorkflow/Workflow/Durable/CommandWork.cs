using System.Text.Json;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>The input of a command activity.</summary>
/// <param name="InstanceId">The case that decided the command.</param>
/// <param name="CommandId">Deterministic id within the case (step and position): the activity's idempotency key.</param>
/// <param name="CommandJson">The command as JSON, with its type (<see cref="EngineJson.Options"/>).</param>
/// <param name="VirtualClock">Whether the case runs on a virtual clock (children started and events raised inherit it).</param>
/// <param name="At">The time of the step that decided the command.</param>
public sealed record CommandWork(string InstanceId, string CommandId, string CommandJson, bool VirtualClock, DateTimeOffset At)
{
    public static CommandWork For(string instanceId, PlannedCommand planned, bool virtualClock, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(planned);
        return new(instanceId, planned.CommandId, JsonSerializer.Serialize(planned.Command, EngineJson.Options), virtualClock, at);
    }

    /// <summary>The command.</summary>
    public WorkflowCommand ReadCommand() =>
        JsonSerializer.Deserialize<WorkflowCommand>(CommandJson, EngineJson.Options)
        ?? throw new InvalidOperationException($"Command {CommandId} of {InstanceId} is empty.");

    /// <summary>The command as the engine's handlers take it: the command id is the outbox row key.</summary>
    public OutboxEntry ToOutboxEntry() => new(InstanceId, CommandId, ReadCommand(), OutboxStatus.Pending, 0, null, At, null);

    /// <summary>Globally unique id of this command (instance and command id), as the engine's outbox ids are.</summary>
    public string Id => OutboxId.Of(InstanceId, CommandId);
}
