using ItaWorkflow.Directories;
using ItaWorkflow.Reports;
using ItaWorkflow.Domain;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Tests.Workflow.Plans;

[Collection(AzuriteCollection.Name)]
public sealed class FiscalYearTests(Azurite azurite)
{
    private const string District = "หนองแขม";

    [Fact]
    public async Task A_whole_fiscal_year_of_one_plan_ends_with_every_instance_completed_and_both_reports_published()
    {
        await using var harness = await WorkflowHarness.CreateAsync(
            azurite,
            SampleMeasures.FiscalYearStart,
            s => s.AddSingleton<ICommandHandler, AutoCompileReportHandler>());
        var plan = new Plan(District, 2567,
        [
            SampleMeasures.Measure("M01", 1, SampleMeasures.Registry),
            SampleMeasures.Measure("M02", 3, SampleMeasures.Registry, SampleMeasures.Finance),
            SampleMeasures.Measure("M03", 6, SampleMeasures.Finance),
        ]);
        var planId = PlanWorkflow.InstanceIdFor(District, 2567);
        await harness.Client.StartAsync(PlanWorkflow.DefinitionName, planId, new PlanInput(plan, WorkflowCalendar.Default, ReportSchedule.Default), "coordinator");
        var actors = new SimulatedOffice(harness, planId, returnOnce: "M02");

        await harness.RunUntilAsync(new DateTimeOffset(2024, 10, 20, 0, 0, 0, TimeSpan.FromHours(7)), actors.ActAsync);

        var measureWorkflow = new MeasureWorkflow();
        var expectedPeriods = new Dictionary<string, int> { ["M01"] = 12, ["M02"] = 4, ["M03"] = 2 };
        foreach (var (measureId, periods) in expectedPeriods)
        {
            var status = await harness.Client.GetStatusAsync(MeasureWorkflow.InstanceIdFor(District, 2567, measureId), true);
            Assert.Equal(RuntimeStatus.Completed, status!.Instance.Status);
            var state = measureWorkflow.ReadState(status.Instance.StateJson);
            Assert.All(state.Progress, p => Assert.Equal(PeriodStatus.Approved, p.Status));
            Assert.Equal(periods, status.History.Count(h => h.Type == nameof(ProgressApproved)));
            Assert.Equal(periods, status.History.Count(h => h.Type == nameof(PeriodOpened)));
            Assert.Single(status.History, h => h.Type == nameof(MeasureCompleted));
            Assert.Equal(nameof(InstanceStarted), status.History[0].Type);
            Assert.Equal(nameof(MeasureCompleted), status.History[^1].Type);
            Assert.Empty(status.Parked);
        }

        var m02 = await harness.Client.GetStatusAsync(MeasureWorkflow.InstanceIdFor(District, 2567, "M02"), true);
        Assert.Single(m02!.History, h => h.Type == nameof(ProgressReturned));
        Assert.Equal(5, m02.History.Count(h => h.Type == nameof(ProgressSubmitted)));

        var planStatus = await harness.Client.GetStatusAsync(planId, true);
        Assert.Equal((RuntimeStatus.Completed, PlanSteps.Completed), (planStatus!.Instance.Status, planStatus.Instance.Step));
        var planState = new PlanWorkflow().ReadState(planStatus.Instance.StateJson);
        Assert.Equal(3, planState.FinishedMeasures.Count);
        Assert.All(planState.Reports, r => Assert.Equal(ReportStage.Published, r.Stage));
        Assert.True(planState.Report(ReportRound.FirstHalf).PublishedAt < new DateTimeOffset(2024, 4, 30, 0, 0, 0, TimeSpan.Zero));
        Assert.True(planState.Report(ReportRound.FullYear).PublishedAt > new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero));

        var templates = harness.Emails.Sent.GroupBy(s => s.Email.Template).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(3, templates["assignment"]);
        Assert.Equal(1, templates["returned"]);
        Assert.Equal(2, templates["report-published"]);
        Assert.False(templates.ContainsKey("escalation-director"));
    }

    [Fact]
    public async Task The_six_month_report_is_compiled_from_approved_progress_and_lists_measures_without_it()
    {
        await using var harness = await WorkflowHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart, s => s.AddReports());
        var plan = new Plan(District, 2567,
        [
            SampleMeasures.Measure("M01", 1, SampleMeasures.Registry),
            SampleMeasures.Measure("M02", 1, SampleMeasures.Finance),
        ]);
        var planId = PlanWorkflow.InstanceIdFor(District, 2567);
        await harness.Client.StartAsync(PlanWorkflow.DefinitionName, planId, new PlanInput(plan, WorkflowCalendar.Default, ReportSchedule.Default), "coordinator");
        var office = new SimulatedOffice(harness, planId, returnOnce: "none", silent: "M02");

        await harness.RunUntilAsync(new DateTimeOffset(2024, 4, 1, 12, 0, 0, TimeSpan.FromHours(7)), async () =>
        {
            var state = new PlanWorkflow().ReadState((await harness.Client.GetStatusAsync(planId, false))!.Instance.StateJson);
            if (state.Report(ReportRound.FirstHalf).Stage == ReportStage.NotOpen)
            {
                await office.ActAsync();
            }
        });

        var planState = new PlanWorkflow().ReadState((await harness.Client.GetStatusAsync(planId, false))!.Instance.StateJson);
        var report = planState.Report(ReportRound.FirstHalf);
        Assert.Equal(ReportStage.CoordinatorReview, report.Stage);
        Assert.Equal(["M02"], report.MissingMeasures);
        var ready = harness.Emails.Sent.Single(e => e.Email.Template == "report-ready");
        Assert.Equal((EmailAudience.Coordinator, "M02"), (ready.Email.Audience, ready.Email.Data["missing"]));
        var docx = await harness.Get<ReportStore>().OpenAsync(report.DocxBlob!, CancellationToken.None);
        Assert.NotNull(docx);
        await harness.Get<IDirectoryStore>().SaveAsync(
            new DistrictDirectory(District, [], [], [], "นายสมชาย ใจดี", "นางสาวรัตนพร ตันพันธ์", "นักจัดการงานทั่วไปชำนาญการ"), CancellationToken.None);
        var compiled = await harness.Get<CompileReportHandler>().CompileAsync(planId, ReportRound.FirstHalf, CancellationToken.None);
        Assert.Equal(new ReportSignatory("นายสมชาย ใจดี", "ผู้อำนวยการเขตหนองแขม"), compiled.Signatory);
        Assert.Equal(new ReportSignatory("นางสาวรัตนพร ตันพันธ์", "นักจัดการงานทั่วไปชำนาญการ"), compiled.Reporter);
        var m01 = compiled.Rows.Single(r => r.MeasureId == "M01");
        Assert.Equal(ReportRowStatus.Approved, m01.Status);
        Assert.Equal("ดำเนินการแล้ว", m01.Result);
        Assert.Equal(ReportRowStatus.MissingProgress, compiled.Rows.Single(r => r.MeasureId == "M02").Status);
    }

    /// <summary>Divisions that acknowledge at once and report on the reminder day; a director who approves at the next stop.</summary>
    private sealed class SimulatedOffice(WorkflowHarness harness, string planId, string returnOnce, string? silent = null)
    {
        private readonly MeasureWorkflow measures = new();
        private readonly PlanWorkflow plans = new();
        private bool returned;

        public async Task ActAsync()
        {
            var page = await harness.Client.ListAsync(new InstanceQuery(District: District, PageSize: 100));
            foreach (var item in page.Items.Where(i => i.Status == RuntimeStatus.Running))
            {
                var status = (await harness.Client.GetStatusAsync(item.InstanceId, false))!.Instance;
                if (status.Definition == PlanWorkflow.DefinitionName)
                {
                    await ActOnPlanAsync(plans.ReadState(status.StateJson));
                }
                else
                {
                    await ActOnMeasureAsync(item.InstanceId, measures.ReadState(status.StateJson));
                }
            }
        }

        private async Task ActOnMeasureAsync(string id, MeasureState state)
        {
            var today = state.Calendar.DayOf(harness.Time.GetUtcNow());
            switch (state.Step)
            {
                case MeasureSteps.Assigned:
                    foreach (var division in state.Divisions.Except(state.Acknowledged))
                    {
                        await RaiseAsync(id, new DivisionAcknowledged(division));
                    }

                    break;
                case MeasureSteps.AwaitingProgress when state.Measure.Id == silent:
                    break;
                case MeasureSteps.AwaitingProgress when today >= state.CurrentPeriod.Due.AddDays(-state.Calendar.ReminderDaysBefore):
                    await RaiseAsync(id, new ProgressSubmitted(state.Current, state.Divisions[0], WorkStatus.InProgress, 50, "ดำเนินการแล้ว", "", []));
                    break;
                case MeasureSteps.AwaitingReview when state.Measure.Id == returnOnce && !returned:
                    returned = true;
                    await RaiseAsync(id, new ProgressReturned(state.Current, "ขอรายละเอียดเพิ่ม"));
                    break;
                case MeasureSteps.AwaitingReview when harness.Time.GetUtcNow() > state.CurrentProgress.SubmittedAt:
                    await RaiseAsync(id, new ProgressApproved(state.Current, "อนุมัติ"));
                    break;
            }
        }

        private async Task ActOnPlanAsync(PlanState state)
        {
            foreach (var report in state.Reports)
            {
                if (report.Stage == ReportStage.CoordinatorReview)
                {
                    await RaiseAsync(planId, new ReportForwarded(report.Round, "ตรวจแล้ว"));
                }
                else if (report.Stage == ReportStage.DirectorApproval)
                {
                    await RaiseAsync(planId, new ReportApproved(report.Round, "อนุมัติ"));
                }
            }
        }

        private async Task RaiseAsync(string id, WorkflowEvent workflowEvent)
        {
            var result = await harness.Client.RaiseEventAsync(id, new EventEnvelope(workflowEvent, "simulated"));
            Assert.True(result.Succeeded, $"{workflowEvent.GetType().Name} on {id}: {result.Outcome} {result.Reason}");
        }
    }
}
