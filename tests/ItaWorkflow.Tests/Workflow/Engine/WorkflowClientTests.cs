using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Queues.Models;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Storage;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Tests.Workflow.Engine;

[Collection(AzuriteCollection.Name)]
public sealed class WorkflowClientTests(Azurite azurite)
{
    /// <summary>Acknowledges the measure and takes the one message carrying that commit's work off the queue, unprocessed.</summary>
    private static async Task<QueueMessage> AcknowledgeAndTakeTheMessageAsync(EngineHarness harness, string id)
    {
        await harness.Client.RaiseEventAsync(id, new EventEnvelope(new DivisionAcknowledged(SampleMeasures.Registry), "clerk"));
        return Assert.Single(await harness.Get<WorkQueue>().ReceiveAsync(32, TimeSpan.FromSeconds(30), CancellationToken.None));
    }

    [Fact]
    public async Task Fifty_parallel_raises_of_the_same_event_apply_exactly_once()
    {
        await using var harness = await EngineHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        var id = await harness.StartMeasureAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            harness.Client.RaiseEventAsync(id, new EventEnvelope(new DivisionAcknowledged(SampleMeasures.Registry), "clerk@district.go.th"))));

        Assert.Equal(1, results.Count(r => r.Outcome == RaiseOutcome.Applied));
        Assert.Equal(49, results.Count(r => r.Outcome == RaiseOutcome.AlreadyDone));
        var status = await harness.Client.GetStatusAsync(id, includeHistory: true);
        Assert.Single(status!.History, h => h.Type == nameof(DivisionAcknowledged));
        Assert.Equal(MeasureSteps.AwaitingProgress, status.Instance.Step);
        Assert.Equal(status.History.Count, status.Instance.HistoryCount);
        Assert.Equal(Enumerable.Range(1, status.History.Count).Select(i => (long)i), status.History.Select(h => h.Sequence));
    }

    [Fact]
    public async Task Parallel_different_events_are_all_applied_without_lost_updates()
    {
        await using var harness = await EngineHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        var divisions = Enumerable.Range(1, 12).Select(i => $"ฝ่ายที่ {i}").ToArray();
        var id = await harness.StartMeasureAsync(divisions: divisions);

        var results = await Task.WhenAll(divisions.Select(d =>
            harness.Client.RaiseEventAsync(id, new EventEnvelope(new DivisionAcknowledged(d), d))));

        Assert.All(results, r => Assert.Equal(RaiseOutcome.Applied, r.Outcome));
        var status = await harness.Client.GetStatusAsync(id, includeHistory: true);
        Assert.Equal(12, status!.History.Count(h => h.Type == nameof(DivisionAcknowledged)));
        Assert.Equal(MeasureSteps.AwaitingProgress, status.Instance.Step);
    }

    [Fact]
    public async Task Same_idempotency_key_answers_who_applied_it_and_when()
    {
        await using var harness = await EngineHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        var id = await harness.StartMeasureAsync(divisions: [SampleMeasures.Registry, SampleMeasures.Finance]);
        var envelope = new EventEnvelope(new DivisionAcknowledged(SampleMeasures.Registry), "somchai@district.go.th", "ack:registry");
        await harness.Client.RaiseEventAsync(id, envelope);

        var again = await harness.Client.RaiseEventAsync(id, envelope with { Actor = "other@district.go.th" });

        Assert.Equal(RaiseOutcome.AlreadyDone, again.Outcome);
        Assert.Equal("somchai@district.go.th", again.Previous!.Actor);
        Assert.Equal(harness.Time.GetUtcNow(), again.Previous.At);
    }

    [Fact]
    public async Task Commands_committed_before_a_crash_are_dispatched_exactly_once_after_restart()
    {
        var storage = TestStorage.Options(azurite);
        await using var restarted = await EngineHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart, storage: storage);
        var id = await restarted.StartMeasureAsync();
        var sentBefore = restarted.Emails.Sent.Count;
        await AcknowledgeInAProcessThatDiesBeforeHandingOverAsync(storage, id);

        var pending = (await restarted.Client.GetStatusAsync(id, true))!.Outbox.Where(o => o.Status == OutboxStatus.Pending).ToList();
        Assert.Equal(2, pending.Count);
        Assert.Equal(0, await restarted.DrainAsync());

        restarted.Time.Advance(TimeSpan.FromMinutes(2));
        await restarted.Ticker.TickAsync(CancellationToken.None);
        await restarted.DrainAsync();
        Assert.All((await restarted.Client.GetStatusAsync(id, true))!.Outbox, o => Assert.Equal(OutboxStatus.Done, o.Status));
        // A duplicate delivery of the same rows (the original message surfacing late) must not run them again.
        await restarted.Get<WorkQueue>().EnqueueAsync(new WorkMessage(WorkKind.Dispatch, id, [.. pending.Select(p => p.RowKey)]), CancellationToken.None);
        await restarted.DrainAsync();

        var outbox = (await restarted.Client.GetStatusAsync(id, true))!.Outbox;
        Assert.All(outbox, o => Assert.Equal(OutboxStatus.Done, o.Status));
        var emailRow = pending.Single(p => p.Command is SendEmail);
        Assert.Single(restarted.Emails.Sent, s => s.OutboxId == emailRow.Id);
        Assert.Equal(sentBefore + 1, restarted.Emails.Sent.Count);
        var timers = await restarted.Get<TimerStore>().OfInstanceAsync(id, CancellationToken.None);
        Assert.Contains(timers, t => t.Id == ((ScheduleTimer)pending.Single(p => p.Command is ScheduleTimer).Command).TimerId);
        var listed = Assert.Single((await restarted.Client.ListAsync(new InstanceQuery())).Items);
        Assert.Equal(MeasureSteps.AwaitingProgress, listed.Step);
    }

    [Fact]
    public async Task A_raise_is_answered_before_its_work_reaches_the_queue_and_a_pump_waits_for_the_hand_over()
    {
        var sends = new QueueSendGate();
        await using var harness = await EngineHarness.CreateAsync(
            azurite, SampleMeasures.FiscalYearStart, services => services.AddSingleton<HttpPipelinePolicy>(sends));
        var id = await harness.StartMeasureAsync();
        var markers = harness.Storage.Table(StorageNames.Recovery);
        await harness.Get<RecoveryMarkers>().FlushAsync();

        sends.Close();
        var acknowledged = await harness.Client.RaiseEventAsync(id, new EventEnvelope(new DivisionAcknowledged(SampleMeasures.Registry), "clerk"))
            .WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(RaiseOutcome.Applied, acknowledged.Outcome);
        Assert.Single(await markers.QueryAsync<TableEntity>().ToListAsync(), m => m.RowKey.StartsWith(id + "|", StringComparison.Ordinal));

        var receiving = harness.Get<WorkQueue>().ReceiveAsync(32, TimeSpan.FromSeconds(30), CancellationToken.None);
        sends.Open();
        var message = WorkQueue.Parse(Assert.Single(await receiving).Body.ToString());
        Assert.Equal(0, sends.ReceivesWhileSending);
        var committed = (await harness.Client.GetStatusAsync(id, true))!.Outbox.Where(o => o.Status == OutboxStatus.Pending);
        Assert.Equal(committed.Select(o => o.RowKey).Order(), message.Deliveries!.Select(d => d.RowKey).Order());
        await harness.Get<RecoveryMarkers>().FlushAsync();
        Assert.Empty(await markers.QueryAsync<TableEntity>().ToListAsync());
    }

    [Fact]
    public async Task A_redelivered_message_reads_its_rows_back_and_skips_those_already_done()
    {
        await using var harness = await EngineHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        var id = await harness.StartMeasureAsync();
        var message = await AcknowledgeAndTakeTheMessageAsync(harness, id);
        var delivered = WorkQueue.Parse(message.Body.ToString());
        Assert.Equal(WorkKind.Deliver, delivered.Kind);
        Assert.Equal(2, delivered.Deliveries!.Count);

        // The first delivery runs the rows and then fails to delete the message, which comes back.
        await harness.Get<OutboxDispatcher>().ProcessAsync(message.Body.ToString(), 1, CancellationToken.None);
        await harness.Get<OutboxDispatcher>().ProcessAsync(message.Body.ToString(), 2, CancellationToken.None);

        Assert.Single(harness.Emails.Sent, s => s.OutboxId == OutboxId.Of(id, delivered.Deliveries.Single(d => d.Command is SendEmail).RowKey));
        Assert.All((await harness.Client.GetStatusAsync(id, true))!.Outbox, o => Assert.Equal(OutboxStatus.Done, o.Status));
    }

    [Fact]
    public async Task Repairing_all_markers_dispatches_work_a_crash_left_before_the_sweep_would_consider_it_stale()
    {
        var storage = TestStorage.Options(azurite);
        await using var restarted = await EngineHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart, storage: storage);
        var id = await restarted.StartMeasureAsync();
        await AcknowledgeInAProcessThatDiesBeforeHandingOverAsync(storage, id);

        // The marker is younger than the grace period: the sweep leaves it to a process that may still be running.
        Assert.Equal(0, await restarted.Ticker.SweepAsync(restarted.Time.GetUtcNow(), CancellationToken.None));
        Assert.Equal(1, await restarted.Ticker.RepairAllAsync(CancellationToken.None));
        await restarted.DrainAsync();

        Assert.All((await restarted.Client.GetStatusAsync(id, true))!.Outbox, o => Assert.Equal(OutboxStatus.Done, o.Status));
    }

    [Fact]
    public async Task A_row_claimed_by_a_consumer_that_died_runs_once_its_lease_ends_even_if_its_message_came_back_sooner()
    {
        await using var harness = await EngineHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        var id = await harness.StartMeasureAsync();
        var message = await AcknowledgeAndTakeTheMessageAsync(harness, id);
        var email = WorkQueue.Parse(message.Body.ToString()).Deliveries!.Single(d => d.Command is SendEmail);
        var sentBefore = harness.Emails.Sent.Count;

        // A consumer claims the email row and dies before sending; its message comes back while the claim still holds.
        var store = harness.Get<InstanceStore>();
        var lease = harness.Get<IOptions<EngineOptions>>().Value.DispatchLease;
        var row = (await store.ReadOutboxAsync(id, email.RowKey, CancellationToken.None))!.Value;
        Assert.Single(await store.ClaimOutboxAsync([row], harness.Time.GetUtcNow() + lease, CancellationToken.None));
        await harness.Get<OutboxDispatcher>().ProcessAsync(message.Body.ToString(), 2, CancellationToken.None);
        await harness.Get<WorkQueue>().Client.DeleteMessageAsync(message.MessageId, message.PopReceipt);
        Assert.Equal(sentBefore, harness.Emails.Sent.Count);

        harness.Time.Advance(lease);
        await harness.Ticker.TickAsync(CancellationToken.None);
        await harness.DrainAsync();

        Assert.Single(harness.Emails.Sent, s => s.OutboxId == OutboxId.Of(id, email.RowKey));
        Assert.All((await harness.Client.GetStatusAsync(id, true))!.Outbox, o => Assert.Equal(OutboxStatus.Done, o.Status));
    }

    [Fact]
    public async Task An_instance_changed_by_another_process_is_re_read_not_overwritten()
    {
        var storage = TestStorage.Options(azurite);
        await using var first = await EngineHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart, storage: storage);
        await using var second = await EngineHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart, storage: storage);
        var id = await first.StartMeasureAsync(divisions: [SampleMeasures.Registry, SampleMeasures.Finance]);

        // The second process moves the instance on; the first still holds the snapshot it committed.
        Assert.Equal(RaiseOutcome.Applied, (await second.Client.RaiseEventAsync(id, new EventEnvelope(new DivisionAcknowledged(SampleMeasures.Registry), "a"))).Outcome);
        var fromFirst = await first.Client.RaiseEventAsync(id, new EventEnvelope(new DivisionAcknowledged(SampleMeasures.Finance), "b"));
        var repeated = await first.Client.RaiseEventAsync(id, new EventEnvelope(new DivisionAcknowledged(SampleMeasures.Registry), "c"));

        Assert.Equal(RaiseOutcome.Applied, fromFirst.Outcome);
        Assert.Equal(RaiseOutcome.AlreadyDone, repeated.Outcome);
        var history = (await first.Client.GetStatusAsync(id, true))!.History;
        Assert.Equal(2, history.Count(h => h.Type == nameof(DivisionAcknowledged)));
        Assert.Equal(MeasureSteps.AwaitingProgress, (await second.Client.GetStatusAsync(id, false))!.Instance.Step);
    }

    [Fact]
    public async Task Timers_due_together_travel_in_one_message_and_each_reaches_its_instance()
    {
        await using var harness = await EngineHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        var ids = new List<string>();
        foreach (var measure in new[] { "M01", "M02", "M03" })
        {
            ids.Add(await harness.StartMeasureAsync(measure, divisions: [SampleMeasures.Registry]));
        }

        var timers = harness.Get<TimerStore>();
        var due = (await timers.NextDueAsync(CancellationToken.None))!.Value;
        harness.Time.Advance(due - harness.Time.GetUtcNow());
        var fired = await harness.Ticker.TickAsync(CancellationToken.None);

        var message = Assert.Single((await harness.Get<WorkQueue>().Client.PeekMessagesAsync(32)).Value);
        var timerMessage = WorkQueue.Parse(message.Body.ToString());
        Assert.Equal(WorkKind.Timer, timerMessage.Kind);
        Assert.Equal(fired, timerMessage.Timers!.Count);
        Assert.Equal(ids.Order(), timerMessage.Timers.Select(t => t.InstanceId).Distinct().Order());
        await harness.DrainAsync();
        foreach (var id in ids)
        {
            var history = (await harness.Client.GetStatusAsync(id, true))!.History;
            Assert.Contains(history, h => h.Type == nameof(TimerFired));
            Assert.DoesNotContain(await timers.OfInstanceAsync(id, CancellationToken.None), t => t.DueAt <= due);
        }
    }

    [Fact]
    public async Task Committed_rows_travel_with_their_commands_and_a_commit_too_big_to_carry_is_sent_by_row_keys()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var queue = new WorkQueue(storage);
        var now = SampleMeasures.FiscalYearStart;
        OutboxDelivery Timer(string instance, string purpose) =>
            new(instance, "o0000000002-000", "etag", new ScheduleTimer("t1", now, purpose), now);

        await Task.WhenAll(
            queue.HandOver([Timer("a", "reminder")]),
            queue.HandOver([Timer("b", "reminder")]),
            queue.HandOver([Timer("c", new string('ก', 20_000))]));

        var messages = (await queue.ReceiveAsync(32, TimeSpan.FromSeconds(30), CancellationToken.None)).Select(m => WorkQueue.Parse(m.Body.ToString())).ToList();
        var carried = messages.Where(m => m.Kind == WorkKind.Deliver).SelectMany(m => m.Deliveries!).Select(d => d.InstanceId);
        Assert.Equal(["a", "b"], carried.Order());
        var named = Assert.Single(messages, m => m.Kind == WorkKind.Dispatch);
        Assert.Equal("c", named.InstanceId);
        Assert.Equal(["o0000000002-000"], named.OutboxRows!);
        Assert.All(messages.Where(m => m.Kind == WorkKind.Deliver).SelectMany(m => m.Deliveries!), d => Assert.IsType<ScheduleTimer>(d.Command));
    }

    /// <summary>Another process on the same storage commits an acknowledgement, then loses its queue: it dies before handing the work over.</summary>
    private async Task AcknowledgeInAProcessThatDiesBeforeHandingOverAsync(StorageOptions storage, string id)
    {
        var unreachableQueue = new WorkQueue(new StorageClients(Options.Create(TestStorage.Options(azurite))));
        await using var crashing = await EngineHarness.CreateAsync(
            azurite, SampleMeasures.FiscalYearStart, services => services.AddSingleton(unreachableQueue), storage);
        var acknowledged = await crashing.Client.RaiseEventAsync(id, new EventEnvelope(new DivisionAcknowledged(SampleMeasures.Registry), "clerk"));
        Assert.Equal(RaiseOutcome.Applied, acknowledged.Outcome);
        // The commit is answered at once; the hand-over fails behind it and leaves the marker.
        await crashing.Get<RecoveryMarkers>().FlushAsync();
    }

    [Fact]
    public async Task Work_failing_five_times_is_parked_in_dead_letters_and_can_be_retried()
    {
        await using var harness = await EngineHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        harness.Emails.FailuresBeforeSuccess = 1000;
        var id = await harness.StartMeasureAsync();
        var deadLetters = harness.Get<DeadLetterStore>();

        for (var attempt = 0; attempt < 6; attempt++)
        {
            harness.Time.Advance(TimeSpan.FromMinutes(10));
            await harness.Ticker.TickAsync(CancellationToken.None);
            await harness.DrainAsync();
        }

        var letter = Assert.Single(await deadLetters.ListAsync(CancellationToken.None));
        Assert.Equal((id, nameof(SendEmail), 5), (letter.InstanceId, letter.What, letter.Attempts));
        Assert.Contains("503", letter.Error);
        var row = (await harness.Client.GetStatusAsync(id, true))!.Outbox.Single(o => o.Command is SendEmail);
        Assert.Equal(OutboxStatus.DeadLettered, row.Status);
        Assert.Empty(harness.Emails.Sent);

        harness.Emails.FailuresBeforeSuccess = 0;
        Assert.True(await harness.Get<OutboxDispatcher>().RetryAsync(letter.Id, harness.Get<WorkQueue>(), CancellationToken.None));
        await harness.DrainAsync();

        Assert.Single(harness.Emails.Sent);
        Assert.Empty(await deadLetters.ListAsync(CancellationToken.None));
        Assert.Equal(OutboxStatus.Done, (await harness.Client.GetStatusAsync(id, true))!.Outbox.Single(o => o.Command is SendEmail).Status);
    }

    [Fact]
    public async Task A_message_delivered_too_often_is_parked_with_its_body()
    {
        await using var harness = await EngineHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart);

        await harness.Get<OutboxDispatcher>().ProcessAsync("""{"kind":"Dispatch","instanceId":"x","outboxRows":["o1"]}""", 6, CancellationToken.None);
        await harness.Get<OutboxDispatcher>().ProcessAsync("not json", 1, CancellationToken.None);

        var letters = await harness.Get<DeadLetterStore>().ListAsync(CancellationToken.None);
        Assert.Equal(2, letters.Count);
        Assert.Contains(letters, l => l.MessageBody == "not json");
    }

    [Fact]
    public async Task No_two_instances_share_a_row_key_so_emulator_lookups_stay_cheap()
    {
        await using var harness = await EngineHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        for (var i = 1; i <= 3; i++)
        {
            await harness.StartMeasureAsync($"M{i:D2}", "ทดสอบ", SampleMeasures.Registry);
        }

        await harness.DrainAsync();
        var rows = harness.Get<StorageClients>().Table(StorageNames.Instances).Query<TableEntity>(select: ["PartitionKey", "RowKey"]).ToList();

        Assert.Equal(3, rows.Select(r => r.PartitionKey).Distinct().Count());
        Assert.Contains(rows, r => r.RowKey.StartsWith('h'));
        Assert.Contains(rows, r => r.RowKey.StartsWith('o'));
        Assert.All(rows.GroupBy(r => r.RowKey), g => Assert.Single(g));
    }

    [Fact]
    public async Task A_batch_spanning_two_partitions_is_refused_before_reaching_storage()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var table = storage.Table(StorageNames.Instances);
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Add, new TableEntity("instance-a", "!state")),
            new(TableTransactionActionType.Add, new TableEntity("instance-b", "!state")),
        ];

        var error = await Assert.ThrowsAsync<CrossPartitionBatchException>(() => SinglePartitionBatch.SubmitAsync(table, actions, CancellationToken.None));

        Assert.Equal(["instance-a", "instance-b"], error.Partitions);
        Assert.Empty(table.Query<TableEntity>().ToList());
    }

    [Fact]
    public async Task Events_raised_while_suspended_are_kept_and_applied_on_resume()
    {
        await using var harness = await EngineHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        var id = await harness.StartMeasureAsync();

        await harness.Client.SuspendAsync(id, "ตรวจสอบข้อมูล", "admin@bma.go.th");
        var kept = await harness.Client.RaiseEventAsync(id, new EventEnvelope(new DivisionAcknowledged(SampleMeasures.Registry), "clerk"));
        Assert.Equal(RaiseOutcome.Deferred, kept.Outcome);
        Assert.Equal(RuntimeStatus.Suspended, (await harness.Client.GetStatusAsync(id, false))!.Instance.Status);

        await harness.Client.ResumeAsync(id, "ตรวจแล้ว", "admin@bma.go.th");

        var status = await harness.Client.GetStatusAsync(id, true);
        Assert.Equal((RuntimeStatus.Running, MeasureSteps.AwaitingProgress), (status!.Instance.Status, status.Instance.Step));
        Assert.Equal(
            [nameof(InstanceSuspended), nameof(EventDeferred), nameof(InstanceResumed), nameof(DivisionAcknowledged), nameof(PeriodOpened)],
            status.History.SkipWhile(h => h.Type != nameof(InstanceSuspended)).Select(h => h.Type));
        Assert.Empty(status.Instance.Inbox);
    }

    [Fact]
    public async Task A_terminated_instance_refuses_events_with_a_reason()
    {
        await using var harness = await EngineHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        var id = await harness.StartMeasureAsync();
        await harness.Client.TerminateAsync(id, "ยกเลิกมาตรการ", "admin");

        var result = await harness.Client.RaiseEventAsync(id, new EventEnvelope(new DivisionAcknowledged(SampleMeasures.Registry), "clerk"));

        Assert.Equal(RaiseOutcome.Finished, result.Outcome);
        Assert.Contains("Terminated", result.Reason);
        Assert.Equal("ยกเลิกมาตรการ", (await harness.Client.GetStatusAsync(id, false))!.Instance.StatusReason);
    }

    [Fact]
    public async Task Admin_actions_require_a_reason()
    {
        await using var harness = await EngineHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        var id = await harness.StartMeasureAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.SuspendAsync(id, " ", "admin"));
    }

    [Fact]
    public async Task Listing_filters_by_district_and_status_and_pages_with_continuation_tokens()
    {
        await using var harness = await EngineHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        for (var i = 1; i <= 7; i++)
        {
            await harness.StartMeasureAsync($"M{i:D2}", i <= 5 ? "หนองแขม" : "บางเขน");
        }

        await harness.Client.TerminateAsync(MeasureWorkflow.InstanceIdFor("หนองแขม", 2567, "M01"), "test", "admin");

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await harness.Client.ListAsync(new InstanceQuery(District: "หนองแขม", PageSize: 2, ContinuationToken: token));
            seen.AddRange(page.Items.Select(i => i.InstanceId));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null);

        Assert.Equal(5, seen.Distinct().Count());
        Assert.Equal(5, seen.Count);
        Assert.True(pages >= 3);
        var running = await harness.Client.ListAsync(new InstanceQuery(District: "หนองแขม", Status: RuntimeStatus.Running));
        Assert.Equal(4, running.Items.Count);
        var all = await harness.Client.ListAsync(new InstanceQuery(FiscalYear: 2567, Definition: MeasureWorkflow.DefinitionName));
        Assert.Equal(7, all.Items.Count);
        Assert.All(all.Items, i => Assert.Equal(9, i.Indicator));
    }

    [Fact]
    public async Task Purge_removes_finished_instances_with_history_and_refuses_running_ones()
    {
        await using var harness = await EngineHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        var finished = await harness.StartMeasureAsync("M01");
        var running = await harness.StartMeasureAsync("M02");
        await harness.Client.TerminateAsync(finished, "test", "admin");
        harness.Time.Advance(TimeSpan.FromDays(400));

        var purged = await harness.Client.PurgeFinishedAsync(harness.Time.GetUtcNow().AddDays(-365));

        Assert.Equal(1, purged);
        Assert.Null(await harness.Client.GetStatusAsync(finished, true));
        Assert.Empty(await harness.Get<InstanceStore>().ReadHistoryAsync(finished, CancellationToken.None));
        Assert.False(await harness.Client.PurgeAsync(running));
        Assert.Single((await harness.Client.ListAsync(new InstanceQuery())).Items);
    }
}
