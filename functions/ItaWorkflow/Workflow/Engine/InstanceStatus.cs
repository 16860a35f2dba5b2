namespace ItaWorkflow.Workflow.Engine;

/// <summary>What a status query returns: the snapshot, and optionally history, outbox and pending timers.</summary>
public sealed record InstanceStatus(
    InstanceRecord Instance,
    IReadOnlyList<HistoryEntry> History,
    IReadOnlyList<OutboxEntry> Outbox,
    IReadOnlyList<DueTimer> Timers)
{
    /// <summary>
    /// This status as it stands after <paramref name="commit"/>, without reading it again: only when the commit's first
    /// history row directly follows the last one read here, so no other commit came between. Null otherwise (read
    /// again). Timers are as read.
    /// </summary>
    public InstanceStatus? FollowedBy(InstanceCommit commit)
    {
        var last = History.Count == 0 ? 0 : History[^1].Sequence;
        return commit.History.Count > 0 && commit.History[0].Sequence == last + 1 && commit.Snapshot.InstanceId == Instance.InstanceId
            ? new InstanceStatus(commit.Snapshot, [.. History, .. commit.History], [.. Outbox, .. commit.Outbox], Timers)
            : null;
    }
}
