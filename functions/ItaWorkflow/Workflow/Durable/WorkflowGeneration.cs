using System.Text.Json.Serialization;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>
/// The input of one episode of <see cref="WorkflowOrchestrator"/>: everything the loop knows about a case between two
/// <c>ContinueAsNew</c>s. Each applied step produces the next generation, so history never grows past one step.
/// </summary>
/// <param name="Definition">Definition name, e.g. <c>measure</c>.</param>
/// <param name="Version">Definition version the next step is decided with.</param>
/// <param name="StateJson">The definition's state; null until the start step has run.</param>
/// <param name="Step">The definition's step name.</param>
/// <param name="Status">Running, or finished.</param>
/// <param name="Summary">What lists show; null until started.</param>
/// <param name="CustomStatusJson">The definition's small status object for the admin page.</param>
/// <param name="Sequence">Steps applied so far; command ids and read-model rows are keyed by it.</param>
/// <param name="HistoryCount">Timeline entries written so far.</param>
/// <param name="Received">External messages received so far (events, wake-ups, retries).</param>
/// <param name="Timers">Pending wake-ups.</param>
/// <param name="Applied">Idempotency keys applied, with who applied them and when.</param>
/// <param name="Kept">Events the definition deferred, offered again after each applied step.</param>
/// <param name="Inbox">
/// Virtual clock: messages received while a wake-up up to their business time was still due; decided in order after it.
/// </param>
/// <param name="Parked">Work that failed after its retries.</param>
/// <param name="Pending">A received message the next episode decides; null while waiting.</param>
/// <param name="VirtualClock">Time comes from wake-ups and events' business time, not durable timers.</param>
/// <param name="Clock">Virtual clock: business now. Otherwise the time of the last step.</param>
/// <param name="CreatedAt">When the case started.</param>
public sealed record WorkflowGeneration(
    string Definition,
    int Version,
    string? StateJson,
    string Step,
    RuntimeStatus Status,
    InstanceSummary? Summary,
    string? CustomStatusJson,
    long Sequence,
    long HistoryCount,
    long Received,
    IReadOnlyList<DurableTimer> Timers,
    IReadOnlyDictionary<string, AppliedEvent> Applied,
    IReadOnlyList<WorkflowEventMessage> Kept,
    IReadOnlyList<WorkflowEventMessage> Inbox,
    IReadOnlyList<ParkedWork> Parked,
    WorkflowEventMessage? Pending,
    bool VirtualClock,
    DateTimeOffset Clock,
    DateTimeOffset CreatedAt)
{
    /// <summary>The first generation of a case: its start is the pending message.</summary>
    /// <param name="definition">The definition (and version) to start.</param>
    /// <param name="inputJson">The definition's start input as JSON.</param>
    /// <param name="actor">Who starts it.</param>
    /// <param name="virtualClock">Run on a virtual clock (simulation, tests).</param>
    /// <param name="at">When it starts: the virtual clock's first value; ignored for the decision otherwise.</param>
    public static WorkflowGeneration Starting(IWorkflowDefinition definition, string inputJson, string actor, bool virtualClock, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new(
            definition.Name, definition.Version, null, "", RuntimeStatus.Pending, null, null, 0, 0, 0, [],
            new Dictionary<string, AppliedEvent>(), [], [], [],
            new WorkflowEventMessage(nameof(InstanceStarted), inputJson, actor, null, at), virtualClock, at, at);
    }

    /// <summary>Finished cases accept no more events (parked work can still be retried).</summary>
    [JsonIgnore]
    public bool IsFinished => Status.IsFinished();

    /// <summary>The earliest pending wake-up (ties by timer id, so the choice is deterministic).</summary>
    [JsonIgnore]
    public DurableTimer? NextTimer => Timers.OrderBy(t => t.DueAt).ThenBy(t => t.TimerId, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>On a virtual clock: the earliest wake-up the clock has already passed.</summary>
    [JsonIgnore]
    public DurableTimer? DueTimer => VirtualClock && NextTimer is { } next && next.DueAt <= Clock ? next : null;
}
