using ItaWorkflow.Storage;

namespace ItaWorkflow.Tests.Storage;

public sealed class GroupCommitTests
{
    [Fact]
    public async Task Writes_arriving_during_a_flush_leave_together_in_the_next_one()
    {
        var release = new TaskCompletionSource();
        var flushes = new List<(string Key, int[] Items)>();
        var commits = new GroupCommit<string, int>(
            async (key, items) =>
            {
                lock (flushes)
                {
                    flushes.Add((key, [.. items]));
                }

                await release.Task;
            },
            maxItemsPerFlush: 3);

        var first = commits.SubmitAsync("p", 1);
        var waiting = Enumerable.Range(2, 4).Select(i => commits.SubmitAsync("p", i)).ToList();
        var otherKey = commits.SubmitAsync("q", 9);
        Assert.False(first.IsCompleted);
        release.SetResult();
        await Task.WhenAll([first, otherKey, .. waiting]);

        Assert.Equal([[1], [2, 3, 4], [5]], flushes.Where(f => f.Key == "p").Select(f => f.Items));
        Assert.Equal([[9]], flushes.Where(f => f.Key == "q").Select(f => f.Items));
    }

    [Fact]
    public async Task Every_writer_in_a_failed_flush_sees_the_failure_and_later_writes_still_go()
    {
        var fail = true;
        var gate = new TaskCompletionSource();
        var commits = new GroupCommit<string, int>(
            async (_, items) =>
            {
                await gate.Task;
                if (fail && items.Contains(2))
                {
                    throw new InvalidOperationException("storage down");
                }
            },
            maxItemsPerFlush: 10);

        var first = commits.SubmitAsync("p", 1);
        var second = commits.SubmitAsync("p", 2);
        var third = commits.SubmitAsync("p", 3);
        gate.SetResult();

        await first;
        await Assert.ThrowsAsync<InvalidOperationException>(() => second);
        await Assert.ThrowsAsync<InvalidOperationException>(() => third);
        fail = false;
        await commits.SubmitAsync("p", 2);
    }
}
