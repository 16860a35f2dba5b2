using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>What the read model learns from one applied step: the case's index row and its new timeline entries.</summary>
public sealed record StepRecord(
    string InstanceId,
    string Definition,
    int Version,
    RuntimeStatus Status,
    string Step,
    string? CustomStatusJson,
    InstanceSummary Summary,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? NextWakeUp,
    long Sequence,
    long HistoryCount,
    IReadOnlyList<HistoryEntry> Timeline)
{
    /// <summary>The record of <paramref name="plan"/>; null when the step changed nothing.</summary>
    public static StepRecord? Of(string instanceId, StepPlan plan, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var next = plan.Next;
        return plan.Changed && next.Summary is { } summary
            ? new StepRecord(
                instanceId, next.Definition, next.Version, next.Status, next.Step, next.CustomStatusJson, summary, next.CreatedAt, at,
                next.NextTimer?.DueAt, next.Sequence, next.HistoryCount, plan.Timeline)
            : null;
    }

    /// <summary>
    /// This step's timeline entries with the index row of <paramref name="current"/>: a parked record retried after
    /// later steps must not put the case's index row back to the step it was written for.
    /// </summary>
    public StepRecord WithIndexOf(WorkflowGeneration current, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(current);
        return this with
        {
            Version = current.Version,
            Status = current.Status,
            Step = current.Step,
            CustomStatusJson = current.CustomStatusJson,
            Summary = current.Summary ?? Summary,
            UpdatedAt = at,
            NextWakeUp = current.NextTimer?.DueAt,
            Sequence = current.Sequence,
            HistoryCount = current.HistoryCount,
        };
    }

    /// <summary>The row the engine's <see cref="InstanceIndex"/> keeps, so the existing lists show durable cases too.</summary>
    public InstanceRecord ToIndexRecord() => new(
        InstanceId, Definition, Version, Status, Step, CustomStatusJson, CreatedAt, UpdatedAt, NextWakeUp, Sequence, HistoryCount, "",
        Summary, new Dictionary<string, AppliedEvent>(), [], null, null);
}
