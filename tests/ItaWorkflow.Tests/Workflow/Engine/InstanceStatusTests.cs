using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Tests.Workflow.Engine;

public sealed class InstanceStatusTests
{
    private static readonly DateTimeOffset At = new(2024, 1, 15, 9, 0, 0, TimeSpan.FromHours(7));

    private static InstanceRecord Snapshot(long version) =>
        new("m-1", "measure", 1, RuntimeStatus.Running, "AwaitingProgress", null, At, At, null, version, version, "{}",
            new InstanceSummary("มาตรการ", "บางเขน", 2567, 1, ["ฝ่ายทะเบียน"], null), new Dictionary<string, AppliedEvent>(), [], null, null);

    private static HistoryEntry Entry(long sequence) => new(sequence, "Event" + sequence, At, "clerk", "{}");

    private static InstanceStatus Read(long version, int historyRows) =>
        new(Snapshot(version), [.. Enumerable.Range(1, historyRows).Select(i => Entry(i))], [], []);

    [Fact]
    public void A_commit_that_directly_follows_the_history_read_is_appended_to_it()
    {
        var commit = new InstanceCommit(Snapshot(4), [Entry(4), Entry(5)], []);

        var after = Read(3, 3).FollowedBy(commit);

        Assert.NotNull(after);
        Assert.Same(commit.Snapshot, after.Instance);
        Assert.Equal([1, 2, 3, 4, 5], after.History.Select(h => h.Sequence));
    }

    [Fact]
    public void A_commit_after_another_writer_or_of_another_instance_is_not_appended_and_the_status_must_be_read_again()
    {
        var commit = new InstanceCommit(Snapshot(5), [Entry(5)], []);

        Assert.Null(Read(3, 3).FollowedBy(commit));
        Assert.Null(new InstanceStatus(Snapshot(4), [], [], []).FollowedBy(commit));
        Assert.Null(Read(4, 4).FollowedBy(commit with { Snapshot = Snapshot(5) with { InstanceId = "m-2" } }));
    }
}
