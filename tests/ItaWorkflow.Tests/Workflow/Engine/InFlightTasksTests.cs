using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Tests.Workflow.Engine;

public sealed class InFlightTasksTests
{
    [Fact]
    public async Task A_flush_waits_for_every_tracked_task_and_ignores_how_it_ended()
    {
        var tracked = new InFlightTasks();
        var sending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var failing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        tracked.Add(sending.Task);
        tracked.Add(failing.Task);

        var flushing = tracked.FlushAsync();
        failing.SetException(new InvalidOperationException("queue unreachable"));
        Assert.False(flushing.IsCompleted);
        sending.SetResult();

        await flushing;
        Assert.True(failing.Task.IsFaulted);
    }

    [Fact]
    public async Task A_flush_does_not_wait_for_work_added_after_it_began()
    {
        var tracked = new InFlightTasks();
        var flushing = tracked.FlushAsync();
        tracked.Add(new TaskCompletionSource().Task);

        // The guard only turns a hang into a failure.
        await flushing.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
