using ItaWorkflow.Domain;
using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Links;
using ItaWorkflow.Reports;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Tests.Reports;

/// <summary>
/// District plans run on the virtual clock to 1 April with the real report compiler, in storage a test app can share:
/// M01 reports monthly with evidence (a public page, a storage address, an admin address and an uploaded file) and is
/// approved; M02 never reports. The 6-month report then waits for the coordinator.
/// </summary>
public static class ReportScenario
{
    public const int FiscalYear = 2567;
    public const string Coordinator = "ita@district.example";
    public const string Director = "director@district.example";
    public const string PublicEvidence = "https://www.bangkok.go.th/district/news/1";
    public const string StorageEvidence = "https://itastore.blob.core.windows.net/evidence/a.pdf";
    public const string AdminEvidence = "https://ita.example.go.th/manage/instances/x";
    public const string Result = "จัดอบรมแล้ว <b>ครบ</b> ทุกฝ่าย";
    public const string PublicBaseUrl = "https://ita.district.example";
    public const string PhotoName = "ภาพกิจกรรม.jpg";

    /// <summary>The bytes of the uploaded evidence photo.</summary>
    public static byte[] Photo { get; } = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4];

    public static async Task<WorkflowHarness> AtFirstReportAsync(Azurite azurite, StorageOptions storage, params string[] districts)
    {
        var harness = await WorkflowHarness.CreateAsync(
            azurite,
            SampleMeasures.FiscalYearStart,
            s => s.AddReports().Configure<LinksOptions>(o => o.PublicBaseUrl = PublicBaseUrl),
            storage);
        foreach (var district in districts)
        {
            var plan = new Plan(district, FiscalYear,
            [
                SampleMeasures.Measure("M01", 1, SampleMeasures.Registry),
                SampleMeasures.Measure("M02", 1, SampleMeasures.Finance),
            ]);
            await harness.Client.StartAsync(
                PlanWorkflow.DefinitionName, PlanId(district), new PlanInput(plan, WorkflowCalendar.Default, ReportSchedule.Default), "coordinator");
        }

        await harness.RunUntilAsync(new DateTimeOffset(2024, 4, 1, 12, 0, 0, TimeSpan.FromHours(7)), async () =>
        {
            foreach (var district in districts)
            {
                await ActAsync(harness, district);
            }
        });
        return harness;
    }

    public static string PlanId(string district) => PlanWorkflow.InstanceIdFor(district, FiscalYear);

    /// <summary>The coordinator forwards the 6-month report to the director.</summary>
    public static Task ForwardAsync(WorkflowHarness harness, string district) =>
        RaiseAsync(harness, PlanId(district), new ReportForwarded(ReportRound.FirstHalf, "ตรวจแล้ว"), Coordinator);

    /// <summary>The director approves the 6-month report, which publishes it.</summary>
    public static Task ApproveAsync(WorkflowHarness harness, string district) =>
        RaiseAsync(harness, PlanId(district), new ReportApproved(ReportRound.FirstHalf, "อนุมัติ"), Director);

    public static async Task<PlanState> PlanAsync(WorkflowHarness harness, string district) =>
        new PlanWorkflow().ReadState((await harness.Client.GetStatusAsync(PlanId(district), false))!.Instance.StateJson);

    private static async Task ActAsync(WorkflowHarness harness, string district)
    {
        if ((await PlanAsync(harness, district)).Report(ReportRound.FirstHalf).Stage != ReportStage.NotOpen)
        {
            return;
        }

        var id = MeasureWorkflow.InstanceIdFor(district, FiscalYear, "M01");
        var state = new MeasureWorkflow().ReadState((await harness.Client.GetStatusAsync(id, false))!.Instance.StateJson);
        switch (state.Step)
        {
            case MeasureSteps.Assigned:
                await RaiseAsync(harness, id, new DivisionAcknowledged(SampleMeasures.Registry), "registry");
                break;
            case MeasureSteps.AwaitingProgress when state.Calendar.DayOf(harness.Time.GetUtcNow()) >= state.CurrentPeriod.Due.AddDays(-state.Calendar.ReminderDaysBefore):
                var photo = await new EvidenceStore(harness.Storage).SaveAsync(id, state.Current, PhotoName, "image/jpeg", new MemoryStream(Photo), CancellationToken.None);
                await RaiseAsync(harness, id, new ProgressSubmitted(state.Current, SampleMeasures.Registry, WorkStatus.InProgress, 60, Result, "",
                [
                    new Evidence("ข่าวกิจกรรม", null, PublicEvidence, null, 0),
                    new Evidence("ไฟล์ในคลัง", null, StorageEvidence, null, 0),
                    new Evidence("หน้าผู้ดูแล", null, AdminEvidence, null, 0),
                    new Evidence(PhotoName, photo, null, "image/jpeg", Photo.Length),
                ]), "registry");
                break;
            case MeasureSteps.AwaitingReview when harness.Time.GetUtcNow() > state.CurrentProgress.SubmittedAt:
                await RaiseAsync(harness, id, new ProgressApproved(state.Current, "อนุมัติ"), Director);
                break;
        }
    }

    private static async Task RaiseAsync(WorkflowHarness harness, string id, WorkflowEvent workflowEvent, string actor)
    {
        var result = await harness.Client.RaiseEventAsync(id, new EventEnvelope(workflowEvent, actor));
        Assert.True(result.Succeeded, $"{workflowEvent.GetType().Name} on {id}: {result.Outcome} {result.Reason}");
        await harness.DrainAsync();
    }
}
