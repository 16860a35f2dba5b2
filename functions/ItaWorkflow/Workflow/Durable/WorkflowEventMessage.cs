using System.Text.Json.Serialization;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>
/// What is raised on a workflow orchestration as its one external event: a definition's event as JSON, who raised it,
/// and, in virtual-clock mode, the business time it happened at. Two loop-level types are not definition events:
/// <see cref="WakeUpType"/> moves the virtual clock and <see cref="RetryParkedType"/> re-runs parked work.
/// </summary>
/// <param name="EventType">The event's CLR type name as the definition registers it, or a loop-level type.</param>
/// <param name="EventJson">The event as JSON (<see cref="EngineJson.Options"/>).</param>
/// <param name="Actor">Who raised it: an email address, <c>system</c>, <c>timer</c> or an admin principal.</param>
/// <param name="IdempotencyKey">Raising the same key twice applies it once; null never deduplicates.</param>
/// <param name="At">Business time: when it happened (virtual clock), or a fired timer's due time.</param>
public sealed record WorkflowEventMessage(
    string EventType, string EventJson, string Actor, string? IdempotencyKey = null, DateTimeOffset? At = null)
{
    /// <summary>Moves a virtual-clock instance's clock to <see cref="At"/>; timers due by then fire one per step.</summary>
    public const string WakeUpType = "WakeUp";

    /// <summary>Runs the instance's parked work again.</summary>
    public const string RetryParkedType = "RetryParked";

    /// <summary>Whether this is a fired timer rather than a raised event.</summary>
    [JsonIgnore]
    public bool IsTimer => EventType == nameof(TimerFired);

    /// <summary>A definition event raised by <paramref name="actor"/>.</summary>
    public static WorkflowEventMessage Of(WorkflowEvent workflowEvent, string actor, string? idempotencyKey = null, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(workflowEvent);
        return new(workflowEvent.GetType().Name, WorkflowRegistry.WriteEvent(workflowEvent), actor, idempotencyKey, at);
    }

    /// <summary>Advance a virtual clock to <paramref name="at"/>.</summary>
    public static WorkflowEventMessage WakeUp(DateTimeOffset at) => new(WakeUpType, "{}", "clock", null, at);

    /// <summary>Re-run parked work, asked for by <paramref name="actor"/>.</summary>
    public static WorkflowEventMessage RetryParked(string actor) => new(RetryParkedType, "{}", actor);

    /// <summary>A timer that came due.</summary>
    public static WorkflowEventMessage Fired(DurableTimer timer)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return Of(new TimerFired(timer.TimerId, timer.Purpose, timer.DueAt), "timer", null, timer.DueAt);
    }
}
