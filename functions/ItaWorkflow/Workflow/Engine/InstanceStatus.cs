using ItaWorkflow.Workflow.Durable;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>What a status query returns: the case as it stands, and optionally its timeline, parked work and pending wake-ups.</summary>
public sealed record InstanceStatus(
    InstanceRecord Instance,
    IReadOnlyList<HistoryEntry> History,
    IReadOnlyList<ParkedWork> Parked,
    IReadOnlyList<DurableTimer> Timers);
