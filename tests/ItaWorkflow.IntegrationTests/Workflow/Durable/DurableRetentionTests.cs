using ItaWorkflow.Domain;
using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static ItaWorkflow.Tests.Notifications.NotifyTestSetup;

namespace ItaWorkflow.Tests.Workflow.Durable;

/// <summary>
/// <see cref="DurableRetention"/> on the local hub: a finished case past <c>Retention:Days</c> goes with its timeline and
/// index row; a running case and a case finished too recently stay.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DurableRetentionTests(Azurite azurite)
{
    private const int Days = 30;

    [Fact]
    public async Task A_finished_case_past_retention_is_purged_with_its_timeline_and_index_row_and_a_repeat_purges_nothing()
    {
        await using var host = await WorkflowTestHost.StartAsync(azurite);
        var (planId, measures) = await host.StartPlanAsync(Coordinator, "M01");
        var id = measures[0];
        await host.WakeUpAsync(id, new DateTimeOffset(2024, 10, 2, 10, 0, 0, TimeSpan.FromHours(7)));
        var finished = await host.Client.WaitForInstanceCompletionAsync(id, cancellation: WorkflowTestHost.Patience);
        await host.WaitForAsync(planId, g => new PlanWorkflow().ReadState(g.StateJson!).FinishedMeasures.Contains(id));
        Assert.NotEmpty(await host.Get<CaseTimeline>().ReadAsync(id, WorkflowTestHost.Patience));
        var clock = new FakeTimeProvider(finished.LastUpdatedAt.AddDays(Days));
        var retention = new DurableRetention(
            host.Client, host.Get<CaseTimeline>(), host.Get<InstanceIndex>(), Options.Create(new RetentionOptions { Days = Days }),
            clock, NullLogger<DurableRetention>.Instance);

        Assert.Equal(0, await retention.PurgeAsync(WorkflowTestHost.Patience));
        Assert.NotNull(await host.Client.GetInstanceAsync(id, WorkflowTestHost.Patience));
        Assert.Equal([planId, id], await IndexedAsync(host));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await retention.PurgeAsync(WorkflowTestHost.Patience));

        Assert.Null(await host.Client.GetInstanceAsync(id, WorkflowTestHost.Patience));
        Assert.Empty(await host.Get<CaseTimeline>().ReadAsync(id, WorkflowTestHost.Patience));
        Assert.Equal([planId], await IndexedAsync(host));
        Assert.NotEmpty(await host.Get<CaseTimeline>().ReadAsync(planId, WorkflowTestHost.Patience));
        Assert.NotNull(await host.Client.GetInstanceAsync(planId, WorkflowTestHost.Patience));

        Assert.Equal(0, await retention.PurgeAsync(WorkflowTestHost.Patience));
    }

    [Fact]
    public async Task A_terminated_case_whose_timeline_an_interrupted_run_already_deleted_is_purged_on_the_next_run()
    {
        await using var host = await WorkflowTestHost.StartAsync(azurite);
        var id = await host.StartMeasureAsync();
        await host.SettleAsync(id);
        await host.Client.TerminateInstanceAsync(id, "ยกเลิกมาตรการ (measure withdrawn)", WorkflowTestHost.Patience);
        var terminated = await host.Client.WaitForInstanceCompletionAsync(id, cancellation: WorkflowTestHost.Patience);
        Assert.NotEqual(0, await host.Get<CaseTimeline>().DeleteAsync(id, WorkflowTestHost.Patience));
        Assert.Equal([id], await IndexedAsync(host));

        var purged = await host.Get<DurableRetention>().PurgeFinishedAsync(terminated.LastUpdatedAt.AddMinutes(1), WorkflowTestHost.Patience);

        Assert.Equal(1, purged);
        Assert.Null(await host.Client.GetInstanceAsync(id, WorkflowTestHost.Patience));
        Assert.Empty(await IndexedAsync(host));
    }

    private static async Task<IReadOnlyList<string>> IndexedAsync(WorkflowTestHost host) =>
        [.. (await host.Get<InstanceIndex>().ListAsync(new InstanceQuery(District: "ทดสอบ"), WorkflowTestHost.Patience)).Items
            .Select(i => i.InstanceId)
            .Order(StringComparer.Ordinal)];
}
