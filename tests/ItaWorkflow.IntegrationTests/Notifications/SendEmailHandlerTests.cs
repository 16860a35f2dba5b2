using ItaWorkflow.Directories;
using ItaWorkflow.Links;
using ItaWorkflow.Notifications;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using static ItaWorkflow.Tests.Notifications.NotifyTestSetup;

namespace ItaWorkflow.Tests.Notifications;

[Collection(AzuriteCollection.Name)]
public sealed class SendEmailHandlerTests(Azurite azurite)
{
    private static async Task<string> StartAsync(WorkflowHarness harness, params string[] divisions)
    {
        var input = SampleMeasures.Input(SampleMeasures.Measure("M01", 1, divisions));
        var id = MeasureWorkflow.InstanceIdFor(input.District, input.FiscalYear, "M01");
        await harness.Client.StartAsync(MeasureWorkflow.DefinitionName, id, input, "test");
        await harness.DrainAsync();
        return id;
    }

    [Fact]
    public async Task Assignment_goes_to_each_division_with_its_own_signed_acknowledge_link()
    {
        await using var harness = await NotifyTestSetup.CreateAsync(azurite, SampleMeasures.FiscalYearStart);

        var id = await StartAsync(harness, SampleMeasures.Registry, SampleMeasures.Finance);

        var mail = harness.Get<MemoryEmailSender>().Sent.Select(s => s.Message).ToList();
        Assert.Equal([FinanceMail, RegistryMail], mail.Select(m => m.To).Order());
        var signer = harness.Get<LinkSigner>();
        foreach (var message in mail)
        {
            var token = message.Text.Split("/l/")[1].Split('\n')[0];
            var claims = signer.Verify(token).Claims!;
            Assert.Equal((id, "acknowledge", DirectoryRole.Division, message.To), (claims.InstanceId, claims.Task, claims.Role, claims.Recipient));
            Assert.Equal(message.To == RegistryMail ? SampleMeasures.Registry : SampleMeasures.Finance, claims.Division);
            Assert.Contains("ขอให้รับทราบมาตรการภายในวันที่ ๘ ตุลาคม ๒๕๖๖ และรายงานผลการดำเนินการครั้งแรกภายในวันที่ ๒๕ ตุลาคม ๒๕๖๖", message.Text);
        }

        var log = await harness.Get<EmailLog>().ForInstanceAsync(id, CancellationToken.None);
        Assert.Equal(2, log.Count);
        Assert.All(log, r => Assert.Equal((EmailStatus.Sent, "assignment", 1), (r.Status, r.Template, r.Attempts)));
    }

    [Fact]
    public async Task An_email_another_consumer_is_sending_is_left_to_it_until_its_lease_runs_out()
    {
        await using var harness = await NotifyTestSetup.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        var id = MeasureWorkflow.InstanceIdFor(NotifyTestSetup.District.District, 2567, "M01");
        var email = new SendEmail("assignment", EmailAudience.Division, NotifyTestSetup.District.District, [SampleMeasures.Registry], new Dictionary<string, string> { ["title"] = "มาตรการ" });
        var row = new OutboxEntry(id, "d000001-00", email, OutboxStatus.Pending, 0, null, harness.Time.GetUtcNow(), null);
        var handler = harness.Get<IEnumerable<ICommandHandler>>().OfType<SendEmailHandler>().Single();
        // Another consumer holding a duplicate delivery of the same row has just started sending.
        await harness.Get<EmailLog>().ClaimAsync(
            new EmailRecord(id, row.RowKey + "-000", RegistryMail, "assignment", "s", EmailStatus.Sending, "Memory", null, 0, null, harness.Time.GetUtcNow()),
            CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => handler.ExecuteAsync(row, CancellationToken.None));
        Assert.Empty(harness.Get<MemoryEmailSender>().Sent);

        // That consumer died mid-send: after its lease this one takes over and sends exactly once.
        harness.Time.Advance(TimeSpan.FromMinutes(6));
        await handler.ExecuteAsync(row, CancellationToken.None);
        await handler.ExecuteAsync(row, CancellationToken.None);
        Assert.Single(harness.Get<MemoryEmailSender>().Sent);
    }

    [Fact]
    public async Task A_bad_address_is_recorded_as_failed_without_retrying_and_others_still_get_mail()
    {
        await using var harness = await NotifyTestSetup.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        harness.Get<MemoryEmailSender>().BadAddresses.Add(FinanceMail);

        var id = await StartAsync(harness, SampleMeasures.Registry, SampleMeasures.Finance);

        var log = await harness.Get<EmailLog>().ForInstanceAsync(id, CancellationToken.None);
        var failed = Assert.Single(log, r => r.Status == EmailStatus.Failed);
        Assert.Equal(FinanceMail, failed.Recipient);
        Assert.Contains("400", failed.LastError);
        Assert.Contains(failed, await harness.Get<EmailLog>().FailedAsync(CancellationToken.None));
        var status = await harness.Client.GetStatusAsync(id, includeHistory: true);
        Assert.Empty(status!.Parked);
        Assert.Single(harness.Get<MemoryEmailSender>().Sent, s => s.Message.To == RegistryMail);
    }

    [Fact]
    public async Task A_provider_outage_is_retried_with_backoff_and_each_recipient_gets_one_email()
    {
        await using var harness = await NotifyTestSetup.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        harness.Get<MemoryEmailSender>().TransientFailures = 1;

        var id = await StartAsync(harness, SampleMeasures.Registry, SampleMeasures.Finance);
        await harness.RunUntilAsync(SampleMeasures.FiscalYearStart.AddHours(1));

        var sent = harness.Get<MemoryEmailSender>().Sent;
        Assert.Equal([FinanceMail, RegistryMail], sent.Select(s => s.Message.To).Order());
        var log = await harness.Get<EmailLog>().ForInstanceAsync(id, CancellationToken.None);
        Assert.All(log, r => Assert.Equal(EmailStatus.Sent, r.Status));
        Assert.Contains(log, r => r.Attempts == 2);
    }

    [Fact]
    public async Task Overdue_progress_reminds_then_escalates_to_head_then_director_on_the_right_days()
    {
        await using var harness = await NotifyTestSetup.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        var id = await StartAsync(harness, SampleMeasures.Registry);
        await harness.Client.RaiseEventAsync(id, new EventEnvelope(new DivisionAcknowledged(SampleMeasures.Registry), RegistryMail, "ack:" + SampleMeasures.Registry));

        await harness.RunUntilAsync(new DateTimeOffset(2023, 10, 31, 0, 0, 0, TimeSpan.FromHours(7)));

        var sent = harness.Get<MemoryEmailSender>().Sent;
        string DayOf(string to, string subject) => ThaiDates.Format(sent.Single(s => s.Message.To == to && s.Message.Subject.StartsWith(subject, StringComparison.Ordinal)).At);
        Assert.StartsWith("22 ตุลาคม 2566", DayOf(RegistryMail, "แจ้งเตือน:"));
        Assert.StartsWith("27 ตุลาคม 2566", DayOf(RegistryHead, "เกินกำหนด:"));
        Assert.StartsWith("30 ตุลาคม 2566", DayOf(Director, "เกินกำหนด:"));
        var head = sent.Single(s => s.Message.To == RegistryHead).Message;
        Assert.Contains("เรียน หัวหน้าฝ่ายทะเบียน", head.Text);
        Assert.Contains("๒๕ ตุลาคม ๒๕๖๖", head.Text);
        Assert.Contains("ฝ่ายทะเบียน ยังไม่ได้รายงานผลการดำเนินการประจำเดือนตุลาคม ๒๕๖๖", head.Text);
        var director = sent.Single(s => s.Message.To == Director && s.Message.Subject.StartsWith("เกินกำหนด:", StringComparison.Ordinal)).Message;
        Assert.Contains("เรียน ผู้อำนวยการเขต", director.Text);
        Assert.Contains("ฝ่ายทะเบียน ยังไม่ได้รายงานผลการดำเนินการประจำเดือนตุลาคม ๒๕๖๖", director.Text);
        Assert.Contains(EmailTemplates.ClosingToSuperior, director.Text);
    }

    [Fact]
    public async Task An_audience_missing_from_the_directory_is_recorded_for_the_admin()
    {
        await using var harness = await NotifyTestSetup.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        await harness.Get<IDirectoryStore>().SaveAsync(District with { DirectorEmails = [] }, CancellationToken.None);
        var id = await StartAsync(harness, SampleMeasures.Registry);
        await harness.Client.RaiseEventAsync(id, new EventEnvelope(new DivisionAcknowledged(SampleMeasures.Registry), RegistryMail));
        await harness.DrainAsync();

        await harness.RunUntilAsync(new DateTimeOffset(2023, 10, 31, 0, 0, 0, TimeSpan.FromHours(7)));

        var log = await harness.Get<EmailLog>().ForInstanceAsync(id, CancellationToken.None);
        var missing = Assert.Single(log, r => r.Template == "escalation-director");
        Assert.Equal(EmailStatus.Failed, missing.Status);
        Assert.Contains("ไม่พบผู้รับ", missing.LastError);
    }

    [Fact]
    public async Task A_waiting_review_reminds_the_director_then_escalates_to_the_coordinator()
    {
        await using var harness = await NotifyTestSetup.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        var id = await StartAsync(harness, SampleMeasures.Registry);
        await harness.Client.RaiseEventAsync(id, new EventEnvelope(new DivisionAcknowledged(SampleMeasures.Registry), RegistryMail));
        await harness.DrainAsync();
        harness.Time.SetUtcNow(new DateTimeOffset(2023, 10, 20, 10, 0, 0, TimeSpan.FromHours(7)));
        await harness.Client.RaiseEventAsync(id, new EventEnvelope(new ProgressSubmitted(0, SampleMeasures.Registry, WorkStatus.Done, 100, "เสร็จ", "", []), RegistryMail));

        await harness.RunUntilAsync(new DateTimeOffset(2023, 10, 28, 0, 0, 0, TimeSpan.FromHours(7)));

        var sent = harness.Get<MemoryEmailSender>().Sent;
        var reminder = sent.Single(s => s.Message.To == Director && s.Message.Subject.StartsWith("แจ้งเตือนการพิจารณา", StringComparison.Ordinal));
        var escalation = sent.Single(s => s.Message.To == Coordinator && s.Message.Subject.StartsWith("รอการพิจารณาเกินกำหนด", StringComparison.Ordinal));
        Assert.StartsWith("23 ตุลาคม 2566", ThaiDates.Format(reminder.At));
        Assert.StartsWith("27 ตุลาคม 2566", ThaiDates.Format(escalation.At));
        Assert.Contains(sent, s => s.Message.To == Director && s.Message.Subject.StartsWith("รอการพิจารณาเกินกำหนด", StringComparison.Ordinal));
        var token = reminder.Message.Text.Split("/l/")[1].Split('\n')[0];
        Assert.Equal(("review", DirectoryRole.Director), (harness.Get<LinkSigner>().Verify(token).Claims!.Task, harness.Get<LinkSigner>().Verify(token).Claims!.Role));
    }
}
