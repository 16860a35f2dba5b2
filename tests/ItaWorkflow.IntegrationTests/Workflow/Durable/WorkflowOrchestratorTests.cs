using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Domain;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using static ItaWorkflow.Tests.Notifications.NotifyTestSetup;

namespace ItaWorkflow.Tests.Workflow.Durable;

/// <summary>
/// The measure workflow run by <see cref="WorkflowOrchestrator"/> on the local Durable Task hub (Azurite), on a virtual
/// clock: emails through the real notifier, the read model, idempotency, parking, and a host restarted on a new table.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WorkflowOrchestratorTests(Azurite azurite)
{
    private static readonly TimeSpan Bangkok = TimeSpan.FromHours(7);

    private static DateTimeOffset Day(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, Bangkok);

    private static ProgressSubmitted Progress(int period, int percent = 50) =>
        new(period, SampleMeasures.Registry, WorkStatus.InProgress, percent, "เผยแพร่รายงานแล้ว", "ไม่มี", []);

    private static MeasureState StateOf(WorkflowGeneration generation) => new MeasureWorkflow().ReadState(generation.StateJson!);

    [Fact]
    public async Task Measure_goes_from_assignment_through_acknowledgement_and_progress_to_approval()
    {
        await using var host = await WorkflowTestHost.StartAsync(azurite);
        var id = await host.StartMeasureAsync();
        await host.SettleAsync(id);
        Assert.Equal([("assignment", RegistryMail)], await host.EmailsAsync(id));

        await host.RaiseAsync(id, new DivisionAcknowledged(SampleMeasures.Registry), Day(2023, 10, 1), "ack-registry");
        await host.RaiseAsync(id, Progress(0), Day(2023, 10, 3), "submit-0");
        await host.RaiseAsync(id, new ProgressApproved(0, "เรียบร้อย"), Day(2023, 10, 4), "approve-0", Director);
        var generation = await host.SettleAsync(id);

        var state = StateOf(generation);
        Assert.Equal((MeasureSteps.AwaitingProgress, 1, PeriodStatus.Approved), (state.Step, state.Current, state.Progress[0].Status));
        Assert.Equal(
            [("assignment", RegistryMail), ("progress-due", RegistryMail), ("submission-received", Director), ("approved", RegistryMail), ("progress-due", RegistryMail)],
            await host.EmailsAsync(id));
        var timeline = await host.Get<CaseTimeline>().ReadAsync(id, WorkflowTestHost.Patience);
        Assert.Equal(
            [nameof(InstanceStarted), nameof(DivisionAcknowledged), nameof(PeriodOpened), nameof(ProgressSubmitted), nameof(ProgressApproved), nameof(PeriodOpened)],
            timeline.Select(e => e.Type));
        Assert.Equal((RegistryMail, Day(2023, 10, 1)), (timeline[1].Actor, timeline[1].At));
        Assert.Equal((Director, Day(2023, 10, 4)), (timeline[4].Actor, timeline[4].At));
        var row = Assert.Single((await host.Get<InstanceIndex>().ListAsync(new InstanceQuery(District: "ทดสอบ"), WorkflowTestHost.Patience)).Items);
        Assert.Equal(
            (id, MeasureSteps.AwaitingProgress, state.Measure.Title, 2567, 9, state.Wait!.Due),
            (row.InstanceId, row.Step, row.Title, row.FiscalYear, row.Indicator, row.NextDue));
    }

    [Fact]
    public async Task Returned_progress_is_resubmitted_and_then_approved()
    {
        await using var host = await WorkflowTestHost.StartAsync(azurite);
        var id = await host.StartMeasureAsync();

        await host.RaiseAsync(id, new DivisionAcknowledged(SampleMeasures.Registry), Day(2023, 10, 1), "ack");
        await host.RaiseAsync(id, Progress(0, 40), Day(2023, 10, 3), "submit-0-a");
        await host.RaiseAsync(id, new ProgressReturned(0, "กรุณาแนบหลักฐาน"), Day(2023, 10, 4), "return-0", Director);
        await host.RaiseAsync(id, Progress(0, 60), Day(2023, 10, 5), "submit-0-b");
        await host.RaiseAsync(id, new ProgressApproved(0, "เรียบร้อย"), Day(2023, 10, 6), "approve-0", Director);
        var state = StateOf(await host.SettleAsync(id));

        Assert.Equal((2, 60, PeriodStatus.Approved, 1), (state.Progress[0].Submissions, state.Progress[0].Percent, state.Progress[0].Status, state.Current));
        Assert.Equal(
            ["assignment", "progress-due", "submission-received", "returned", "submission-received", "approved", "progress-due"],
            (await host.EmailsAsync(id)).Select(e => e.Template));
    }

    [Fact]
    public async Task Advancing_the_virtual_clock_sends_the_reminder_and_both_escalations_in_order()
    {
        await using var host = await WorkflowTestHost.StartAsync(azurite);
        var id = await host.StartMeasureAsync();

        // Acknowledgement is due 8 Oct: reminder 5 Oct, division head 10 Oct, director 13 Oct (09:00 Bangkok).
        await host.WakeUpAsync(id, Day(2023, 10, 14, 0));
        var generation = await host.SettleAsync(id);

        Assert.Equal(
            [("assignment", RegistryMail), ("reminder", RegistryMail), ("escalation-head", RegistryHead), ("escalation-director", Director)],
            await host.EmailsAsync(id));
        Assert.Equal(3, StateOf(generation).Wait!.Level);
        var nudges = (await host.Get<CaseTimeline>().ReadAsync(id, WorkflowTestHost.Patience)).Where(e => e.Type == nameof(NudgeSent)).ToList();
        Assert.Equal([Day(2023, 10, 5, 9), Day(2023, 10, 10, 9), Day(2023, 10, 13, 9)], nudges.Select(n => n.At));
        Assert.Equal("fiscal-year-end", Assert.Single(generation.Timers).TimerId);
    }

    [Fact]
    public async Task An_event_whose_business_time_is_past_a_due_wake_up_is_decided_after_that_wake_up()
    {
        await using var host = await WorkflowTestHost.StartAsync(azurite);
        var id = await host.StartMeasureAsync();

        // The acknowledgement reminder is due 5 Oct 09:00; the division acknowledges on 6 Oct without a wake-up first.
        await host.RaiseAsync(id, new DivisionAcknowledged(SampleMeasures.Registry), Day(2023, 10, 6), "ack");
        var generation = await host.SettleAsync(id);

        Assert.Equal(["assignment", "reminder", "progress-due"], (await host.EmailsAsync(id)).Select(e => e.Template));
        var timeline = await host.Get<CaseTimeline>().ReadAsync(id, WorkflowTestHost.Patience);
        Assert.Equal(
            [(nameof(NudgeSent), Day(2023, 10, 5, 9)), (nameof(DivisionAcknowledged), Day(2023, 10, 6))],
            timeline.Where(e => e.Type is nameof(NudgeSent) or nameof(DivisionAcknowledged)).Select(e => (e.Type, e.At)));
        Assert.Equal((Day(2023, 10, 6), MeasureSteps.AwaitingProgress), (generation.Clock, generation.Step));
    }

    [Fact]
    public async Task Fiscal_year_end_finishes_a_measure_its_plan_started_and_the_plan_counts_it()
    {
        await using var host = await WorkflowTestHost.StartAsync(azurite);
        var (planId, measures) = await host.StartPlanAsync(Coordinator, "M01");
        var id = measures[0];

        await host.WakeUpAsync(id, Day(2024, 10, 2));
        var finished = await host.SettleAsync(id);

        Assert.Equal((RuntimeStatus.Completed, MeasureSteps.Completed), (finished.Status, finished.Step));
        Assert.Empty(finished.Timers);
        Assert.Empty(finished.Parked);
        var metadata = await host.Client.WaitForInstanceCompletionAsync(id, cancellation: WorkflowTestHost.Patience);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, metadata.RuntimeStatus);
        Assert.Equal("Fiscal year ended.", StateOf(finished).CompletionReason);
        await host.WaitForAsync(planId, g => new PlanWorkflow().ReadState(g.StateJson!).FinishedMeasures.Contains(id));
    }

    [Fact]
    public async Task The_same_idempotency_key_raised_twice_is_applied_once()
    {
        await using var host = await WorkflowTestHost.StartAsync(azurite);
        var id = await host.StartMeasureAsync();
        await host.RaiseAsync(id, new DivisionAcknowledged(SampleMeasures.Registry), Day(2023, 10, 1), "ack");

        await Task.WhenAll(
            host.RaiseAsync(id, Progress(0), Day(2023, 10, 3), "submit-0"),
            host.RaiseAsync(id, Progress(0), Day(2023, 10, 3), "submit-0"));
        // A resend applies every time it is decided, so only the key keeps the second one out.
        await host.RaiseAsync(id, new ResendRequested("ไม่ได้รับอีเมล"), Day(2023, 10, 4), "resend-1", Coordinator);
        await host.RaiseAsync(id, new ResendRequested("ไม่ได้รับอีเมล"), Day(2023, 10, 4), "resend-1", Coordinator);
        var generation = await host.SettleAsync(id);

        var timeline = await host.Get<CaseTimeline>().ReadAsync(id, WorkflowTestHost.Patience);
        Assert.Single(timeline, e => e.Type == nameof(ProgressSubmitted));
        Assert.Single(timeline, e => e.Type == nameof(ResendRequested));
        Assert.Equal(2, (await host.EmailsAsync(id)).Count(e => e.Template == "submission-received"));
        Assert.Equal(Coordinator, generation.Applied["resend-1"].Actor);
    }

    [Fact]
    public async Task Twenty_events_raised_at_once_are_each_applied_exactly_once()
    {
        await using var host = await WorkflowTestHost.StartAsync(azurite);
        var id = await host.StartMeasureAsync();
        await host.SettleAsync(id);

        var keys = Enumerable.Range(1, 20).Select(i => $"resend-{i:D2}").ToList();
        // Every fifth key is raised twice: twenty-four messages for twenty distinct events.
        await Task.WhenAll(keys.Concat(keys.Where((_, i) => i % 5 == 0))
            .Select(key => host.RaiseAsync(id, new ResendRequested(key), Day(2023, 10, 2), key, Coordinator)));
        var generation = await host.SettleAsync(id);

        Assert.Equal((24L, 21L), (generation.Received, generation.Sequence));
        var resent = (await host.Get<CaseTimeline>().ReadAsync(id, WorkflowTestHost.Patience))
            .Where(e => e.Type == nameof(ResendRequested)).Select(e => e.PayloadJson).ToList();
        Assert.Equal(keys, resent.Select(p => System.Text.Json.JsonSerializer.Deserialize<ResendRequested>(p, EngineJson.Options)!.Reason).Order());
        Assert.Equal(21, (await host.EmailsAsync(id)).Count(e => e.Template == "assignment"));
        Assert.Equal(21, host.Mail.Sent.Count);
    }

    [Fact]
    public async Task A_case_started_on_one_table_takes_the_new_table_after_a_restart_without_replaying_past_steps()
    {
        var place = WorkflowTestHost.NewPlace(azurite);
        string id;
        IReadOnlyList<HistoryEntry> before;
        long received;
        await using (var first = await WorkflowTestHost.StartAsync(place))
        {
            id = await first.StartMeasureAsync();
            await first.RaiseAsync(id, new DivisionAcknowledged(SampleMeasures.Registry), Day(2023, 10, 1), "ack");
            var generation = await first.SettleAsync(id);
            Assert.Equal(1, generation.Version);
            received = generation.Received;
            before = await first.Get<CaseTimeline>().ReadAsync(id, WorkflowTestHost.Patience);
            Assert.DoesNotContain(first.Mail.Sent, m => m.Message.Text.Contains(ReminderWordingMeasureWorkflow.Mark, StringComparison.Ordinal));
        }

        await using var second = await WorkflowTestHost.StartAsync(
            place, new WorkflowCatalog([new MeasureWorkflow(), new PlanWorkflow(), new ReminderWordingMeasureWorkflow()]));
        second.Adopt(id, received);
        // The first period's progress is due 25 Oct; its reminder fires on 22 Oct.
        await second.WakeUpAsync(id, Day(2023, 10, 23));
        var after = await second.SettleAsync(id);

        Assert.Equal(2, after.Version);
        var reminder = Assert.Single(second.Mail.Sent).Message;
        Assert.Contains(ReminderWordingMeasureWorkflow.Mark, reminder.Text, StringComparison.Ordinal);
        Assert.Equal(["assignment", "progress-due", "reminder"], (await second.EmailsAsync(id)).Select(e => e.Template));
        var timeline = await second.Get<CaseTimeline>().ReadAsync(id, WorkflowTestHost.Patience);
        Assert.Equal(before, timeline.Take(before.Count));
        Assert.Equal([nameof(TimerFired), nameof(NudgeSent)], timeline.Skip(before.Count).Select(e => e.Type));
    }

    [Fact]
    public async Task An_activity_that_keeps_failing_is_parked_and_runs_again_on_RetryParked_while_the_case_goes_on()
    {
        await using var host = await WorkflowTestHost.StartAsync(
            azurite, configure: s => s.Configure<EmailOptions>(o => o.SendingLease = TimeSpan.FromMilliseconds(1)));
        host.Mail.TransientFailures = 1000;
        var id = await host.StartMeasureAsync();

        var parked = Assert.Single((await host.SettleAsync(id)).Parked);
        Assert.Equal(("d000001-00", nameof(SendEmailActivity)), (parked.Id, parked.Activity));
        var letter = await host.Get<DeadLetterStore>().GetAsync($"{id}|d000001-00", WorkflowTestHost.Patience);
        Assert.Equal((id, nameof(SendEmailActivity)), (letter!.InstanceId, letter.What));
        Assert.Contains("503", letter.Error, StringComparison.Ordinal);

        host.Mail.TransientFailures = 0;
        await host.RaiseAsync(id, new DivisionAcknowledged(SampleMeasures.Registry), Day(2023, 10, 1), "ack");
        await host.SettleAsync(id);
        Assert.Equal([("progress-due", RegistryMail)], await host.EmailsAsync(id));

        await host.RetryParkedAsync(id);
        var generation = await host.SettleAsync(id);

        Assert.Empty(generation.Parked);
        Assert.Null(await host.Get<DeadLetterStore>().GetAsync($"{id}|d000001-00", WorkflowTestHost.Patience));
        Assert.Equal([("assignment", RegistryMail), ("progress-due", RegistryMail)], await host.EmailsAsync(id));
    }

    [Fact]
    public async Task On_real_time_a_durable_timer_wakes_the_case_no_earlier_than_its_due_time()
    {
        await using var host = await WorkflowTestHost.StartAsync(azurite, new WorkflowCatalog([new AlarmWorkflow()]));

        Assert.True(await host.Workflows.StartAsync(
            AlarmWorkflow.DefinitionName, "alarm-1", new AlarmInput(2), "test", virtualClock: false, DateTimeOffset.UtcNow, WorkflowTestHost.Patience));
        var metadata = await host.Client.WaitForInstanceCompletionAsync("alarm-1", getInputsAndOutputs: true, WorkflowTestHost.Patience);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, metadata.RuntimeStatus);
        var generation = metadata.ReadOutputAs<WorkflowGeneration>()!;
        var state = new AlarmWorkflow().ReadState(generation.StateJson!);
        Assert.Equal(TimeSpan.FromSeconds(2), state.DueAt - state.StartedAt);
        Assert.True(state.RangAt >= state.DueAt, $"due {state.DueAt:O}, rang {state.RangAt:O}");
        Assert.Equal(RuntimeStatus.Completed, generation.Status);
    }

    [Fact]
    public async Task Two_hosts_on_one_hub_apply_a_doubled_approval_once_and_send_each_email_once()
    {
        var place = WorkflowTestHost.NewPlace(azurite);
        await using var first = await WorkflowTestHost.StartAsync(place);
        await using var second = await WorkflowTestHost.StartAsync(place);
        var id = await first.StartMeasureAsync();
        await first.RaiseAsync(id, new DivisionAcknowledged(SampleMeasures.Registry), Day(2023, 10, 1), "ack");
        await first.RaiseAsync(id, Progress(0), Day(2023, 10, 3), "submit-0");
        var received = (await first.SettleAsync(id)).Received;

        // The director's approval reaches both hosts at once (a double click landing on two instances of the app).
        await Task.WhenAll(
            first.RaiseAsync(id, new ProgressApproved(0, "เรียบร้อย"), Day(2023, 10, 4), "approve-0", Director),
            second.RaiseAsync(id, new ProgressApproved(0, "เรียบร้อย"), Day(2023, 10, 4), "approve-0", Director));
        await first.WaitForAsync(id, g => g.Received == received + 2);
        second.Adopt(id, received + 2);
        await second.SettleAsync(id);

        var timeline = await first.Get<CaseTimeline>().ReadAsync(id, WorkflowTestHost.Patience);
        Assert.Single(timeline, e => e.Type == nameof(ProgressApproved));
        var sent = first.Mail.Sent.Concat(second.Mail.Sent).Select(m => m.Message.Reference).ToList();
        Assert.Equal(sent.Distinct().Count(), sent.Count);
        Assert.Equal(
            [("assignment", RegistryMail), ("progress-due", RegistryMail), ("submission-received", Director), ("approved", RegistryMail), ("progress-due", RegistryMail)],
            await first.EmailsAsync(id));
        Assert.Equal(5, sent.Count);
    }
}
