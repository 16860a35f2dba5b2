using System.Diagnostics;
using ItaWorkflow.Durable.Client;
using ItaWorkflow.Tests.Infrastructure;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using static ItaWorkflow.Tests.Durable.DurableTestHost;

namespace ItaWorkflow.Tests.Durable;

/// <summary>
/// The local Durable Task hub (Azure Storage backend on Azurite) through the standard <see cref="DurableTaskClient"/>:
/// every client call the product relies on, each test on a task hub of its own.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LocalDurableTaskTests(Azurite azurite)
{
    [Fact]
    public async Task Orchestration_runs_an_activity_and_returns_its_output()
    {
        await using var host = await StartAsync(azurite);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(GreetOrchestrator), "เขตบางรัก");
        var done = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, Patience);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("เขตบางรัก", done.ReadInputAs<string>());
        Assert.Equal("สวัสดี เขตบางรัก", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Durable_timer_holds_the_orchestration_until_the_whole_seconds_before_its_fire_time()
    {
        await using var host = await StartAsync(azurite);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(TimerOrchestrator), 2);
        var done = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, Patience);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        var result = done.ReadOutputAs<TimerResult>()!;
        // The backend delays the timer message by whole seconds (queue visibility), truncating the fraction: a timer
        // may fire up to a second early, never more. Orchestrators treat a fired timer as due (ADR 0006).
        Assert.True(
            result.ResumedAt > result.FireAt - TimeSpan.FromSeconds(1),
            $"started {result.StartedAt:O}, due {result.FireAt:O}, resumed {result.ResumedAt:O}");
    }

    [Fact]
    public async Task External_event_completes_the_waiting_orchestration_and_custom_status_follows_it()
    {
        await using var host = await StartAsync(azurite);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ApprovalOrchestrator));
        var waiting = await host.WaitUntilAsync(id, m => m.SerializedCustomStatus is not null);
        Assert.Equal("รออนุมัติ", waiting.ReadCustomStatusAs<string>());

        await host.Client.RaiseEventAsync(id, ApprovalOrchestrator.DecisionEvent, "อนุมัติ");
        var done = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, Patience);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("อนุมัติ", done.ReadOutputAs<string>());
        Assert.Equal("อนุมัติแล้ว", done.ReadCustomStatusAs<string>());
    }

    [Fact]
    public async Task Sub_orchestration_runs_under_its_fixed_instance_id_and_returns_to_the_parent()
    {
        await using var host = await StartAsync(azurite);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ParentOrchestrator), "เขตปทุมวัน", new StartOrchestrationOptions("plan-2567"));
        var parent = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, Patience);
        var child = await host.Client.GetInstanceAsync(ParentOrchestrator.ChildIdOf(id), getInputsAndOutputs: true, Patience);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, parent.RuntimeStatus);
        Assert.Equal("สวัสดี เขตปทุมวัน", parent.ReadOutputAs<string>());
        Assert.NotNull(child);
        Assert.Equal(nameof(GreetOrchestrator), child.Name);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, child.RuntimeStatus);
    }

    [Fact]
    public async Task Starting_a_live_instance_id_again_changes_nothing()
    {
        await using var host = await StartAsync(azurite);

        Assert.True(await host.Client.StartOnceAsync(nameof(ApprovalOrchestrator), "measure-M01", "ครั้งแรก", Patience));
        var first = await host.WaitUntilAsync("measure-M01", m => m.SerializedCustomStatus is not null);
        Assert.False(await host.Client.StartOnceAsync(nameof(ApprovalOrchestrator), "measure-M01", "ครั้งที่สอง", Patience));

        var after = await host.Client.GetInstanceAsync("measure-M01", getInputsAndOutputs: true, Patience);
        Assert.Equal("ครั้งแรก", after!.ReadInputAs<string>());
        Assert.Equal(first.CreatedAt, after.CreatedAt);
        Assert.Equal(OrchestrationRuntimeStatus.Running, after.RuntimeStatus);
    }

    [Fact]
    public async Task Event_raised_while_suspended_is_kept_and_applied_after_resume()
    {
        await using var host = await StartAsync(azurite);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ApprovalOrchestrator));
        await host.WaitUntilAsync(id, m => m.SerializedCustomStatus is not null);

        await host.Client.SuspendInstanceAsync(id, "รอเอกสาร", Patience);
        await host.WaitUntilAsync(id, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Suspended);
        await host.Client.RaiseEventAsync(id, ApprovalOrchestrator.DecisionEvent, "อนุมัติ");
        var suspended = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true, Patience);
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, suspended!.RuntimeStatus);

        await host.Client.ResumeInstanceAsync(id, "ได้รับเอกสารแล้ว", Patience);
        var done = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, Patience);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("อนุมัติ", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Terminate_ends_a_waiting_orchestration_with_the_given_output()
    {
        await using var host = await StartAsync(azurite);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ApprovalOrchestrator));
        await host.WaitUntilAsync(id, m => m.SerializedCustomStatus is not null);

        await host.Client.TerminateInstanceAsync(id, "ยกเลิกตัวชี้วัด", Patience);
        var done = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, Patience);

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal("ยกเลิกตัวชี้วัด", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Purge_removes_finished_instances_one_by_id_and_the_rest_by_filter()
    {
        await using var host = await StartAsync(azurite);
        var ids = new List<string>();
        foreach (var name in new[] { "ก", "ข", "ค" })
        {
            ids.Add(await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(GreetOrchestrator), name));
        }

        foreach (var id in ids)
        {
            await host.Client.WaitForInstanceCompletionAsync(id, cancellation: Patience);
        }

        Assert.Equal(1, (await host.Client.PurgeInstanceAsync(ids[0], Patience)).PurgedInstanceCount);
        Assert.Null(await host.Client.GetInstanceAsync(ids[0], Patience));
        var rest = await host.Client.PurgeAllInstancesAsync(
            new PurgeInstancesFilter(DateTimeOffset.UtcNow.AddHours(-1), null, [OrchestrationRuntimeStatus.Completed]), Patience);

        Assert.Equal(2, rest.PurgedInstanceCount);
        Assert.Null(await host.Client.GetInstanceAsync(ids[1], Patience));
        Assert.Null(await host.Client.GetInstanceAsync(ids[2], Patience));
    }

    [Fact]
    public async Task Purge_refuses_an_instance_that_is_still_running()
    {
        await using var host = await StartAsync(azurite);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ApprovalOrchestrator));
        await host.WaitUntilAsync(id, m => m.SerializedCustomStatus is not null);

        await Assert.ThrowsAsync<InvalidOperationException>(() => host.Client.PurgeInstanceAsync(id, Patience));
        Assert.NotNull(await host.Client.GetInstanceAsync(id, Patience));
    }

    [Fact]
    public async Task Restart_runs_a_finished_instance_again_with_its_original_input()
    {
        await using var host = await StartAsync(azurite);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(GreetOrchestrator), "เขตสาทร", new StartOrchestrationOptions("greet-sathon"));
        var first = await host.Client.WaitForInstanceCompletionAsync(id, cancellation: Patience);

        var again = await host.Client.RestartAsync(id, restartWithNewInstanceId: false, Patience);
        var second = await host.WaitUntilAsync(again, m => m.CreatedAt > first.CreatedAt && m.IsCompleted);
        var copy = await host.Client.RestartAsync(id, restartWithNewInstanceId: true, Patience);
        var third = await host.Client.WaitForInstanceCompletionAsync(copy, getInputsAndOutputs: true, Patience);

        Assert.Equal(id, again);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, second.RuntimeStatus);
        Assert.Equal("สวัสดี เขตสาทร", second.ReadOutputAs<string>());
        Assert.NotEqual(id, copy);
        Assert.Equal("สวัสดี เขตสาทร", third.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Query_by_instance_id_prefix_status_and_created_time_finds_only_matching_instances()
    {
        await using var host = await StartAsync(azurite);
        foreach (var id in new[] { "measure-ก-1", "measure-ก-2", "measure-ข-1", "plan-ก" })
        {
            await host.Client.ScheduleNewOrchestrationInstanceAsync(
                nameof(ApprovalOrchestrator), null, new StartOrchestrationOptions(id));
        }

        await host.Client.RaiseEventAsync("measure-ก-1", ApprovalOrchestrator.DecisionEvent, "อนุมัติ");
        await host.Client.WaitForInstanceCompletionAsync("measure-ก-1", cancellation: Patience);

        Assert.Equal(["measure-ก-1", "measure-ก-2"], await IdsAsync(new OrchestrationQuery { InstanceIdPrefix = "measure-ก-" }));
        Assert.Equal(
            ["measure-ก-1"],
            await IdsAsync(new OrchestrationQuery { InstanceIdPrefix = "measure-", Statuses = [OrchestrationRuntimeStatus.Completed] }));
        Assert.Empty(await IdsAsync(new OrchestrationQuery { CreatedFrom = DateTimeOffset.UtcNow.AddMinutes(1) }));

        async Task<List<string>> IdsAsync(OrchestrationQuery query)
        {
            var found = new List<string>();
            await foreach (var instance in host.Client.GetAllInstancesAsync(query))
            {
                found.Add(instance.InstanceId);
            }

            return [.. found.Order(StringComparer.Ordinal)];
        }
    }

    [Fact]
    public async Task Events_raised_in_quick_succession_across_continue_as_new_are_each_applied_once()
    {
        await using var host = await StartAsync(azurite);
        const int count = 20;
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(TallyOrchestrator), new TallyState(count, []));
        await host.Client.WaitForInstanceStartAsync(id, cancellation: Patience);

        await Task.WhenAll(Enumerable.Range(1, count).Select(tick => host.Client.RaiseEventAsync(id, TallyOrchestrator.TickEvent, tick)));

        var done = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, Patience);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(Enumerable.Range(1, count), done.ReadOutputAs<TallyState>()!.Seen.Order());
    }

    [Fact]
    public async Task Stopping_the_host_with_an_activity_in_flight_returns_within_the_shutdown_timeout()
    {
        var host = await StartAsync(azurite);
        var gate = host.Services.GetRequiredService<ActivityGate>();
        await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(BlockedOrchestrator), "ค้าง");
        await gate.Entered.Task.WaitAsync(Patience);

        var stopping = Stopwatch.StartNew();
        await host.StopAsync().WaitAsync(host.Options.ShutdownTimeout * 3);
        gate.Release.TrySetResult();
        await host.DisposeAsync();

        Assert.True(stopping.Elapsed < host.Options.ShutdownTimeout * 3);
    }
}
