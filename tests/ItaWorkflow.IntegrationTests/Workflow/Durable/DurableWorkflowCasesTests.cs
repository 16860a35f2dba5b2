using ItaWorkflow.Domain;
using ItaWorkflow.Reports;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;
using static ItaWorkflow.Tests.Notifications.NotifyTestSetup;

namespace ItaWorkflow.Tests.Workflow.Durable;

/// <summary>
/// A plan's report round on <see cref="WorkflowOrchestrator"/>: <see cref="CompileReportHandler"/> reads the plan and its
/// measures through <see cref="DurableWorkflowCases"/> (the generations), stores the report and answers the plan.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DurableWorkflowCasesTests(Azurite azurite)
{
    private static readonly TimeSpan Bangkok = TimeSpan.FromHours(7);

    private static DateTimeOffset Day(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, Bangkok);

    private static PlanState PlanOf(WorkflowGeneration generation) => new PlanWorkflow().ReadState(generation.StateJson!);

    [Fact]
    public async Task The_first_round_report_compiles_from_the_generations_and_the_plan_goes_through_review_to_publication()
    {
        await using var host = await WorkflowTestHost.StartAsync(azurite, configure: s => s.AddReports());
        var (planId, measures) = await host.StartPlanAsync(Coordinator, "M01", "M02");
        var m01 = measures[0];
        await host.RaiseAsync(m01, new DivisionAcknowledged(SampleMeasures.Registry), Day(2023, 10, 1), "ack-registry");
        await host.RaiseAsync(m01, new ProgressSubmitted(0, SampleMeasures.Registry, WorkStatus.Done, 100, "เผยแพร่รายงานแล้ว", "ไม่มี", []), Day(2023, 10, 3), "submit-0");
        await host.RaiseAsync(m01, new ProgressApproved(0, "เรียบร้อย"), Day(2023, 10, 4), "approve-0", Director);
        await host.SettleAsync(m01);

        await host.WakeUpAsync(planId, Day(2024, 4, 2));
        var compiled = await host.WaitForAsync(planId, g => g.Parked.Count > 0 || PlanOf(g).Report(ReportRound.FirstHalf).Stage == ReportStage.CoordinatorReview);

        Assert.Empty(compiled.Parked);
        var report = PlanOf(compiled).Report(ReportRound.FirstHalf);
        Assert.Equal((PlanSteps.FirstHalfReport, ReportStage.CoordinatorReview, 1), (compiled.Step, report.Stage, report.Compilations));
        Assert.Equal(["M02"], report.MissingMeasures);
        var stored = Assert.Single(await host.Get<ReportStore>().ListAsync("ทดสอบ", WorkflowTestHost.Patience), r => r.BlobName == report.DocxBlob);
        Assert.Equal(ReportRound.FirstHalf, stored.Round);
        Assert.NotNull(await host.Get<ReportStore>().OpenAsync(report.XlsxBlob!, WorkflowTestHost.Patience));

        // The plan received the report's answer besides what this test raised.
        host.Adopt(planId, compiled.Received);
        await host.RaiseAsync(planId, new ReportForwarded(ReportRound.FirstHalf, "ตรวจแล้ว"), Day(2024, 4, 3), "forward", Coordinator);
        await host.RaiseAsync(planId, new ReportApproved(ReportRound.FirstHalf, "อนุมัติ"), Day(2024, 4, 4), "approve", Director);
        var published = await host.SettleAsync(planId);

        Assert.Empty(published.Parked);
        Assert.Equal(
            (PlanSteps.Active, ReportStage.Published),
            (published.Step, PlanOf(published).Report(ReportRound.FirstHalf).Stage));
        Assert.Contains(("report-ready", Coordinator), await host.EmailsAsync(planId));
    }
}
