using System.Net;
using ItaWorkflow.Domain;
using ItaWorkflow.Reports;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Tests.Workflow.Plans;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;
using Microsoft.Extensions.DependencyInjection;
using static ItaWorkflow.Tests.Notifications.NotifyTestSetup;

namespace ItaWorkflow.Tests.Links;

[Collection(AzuriteCollection.Name)]
public sealed class ReportLinkPagesTests(Azurite azurite)
{
    [Fact]
    public async Task Coordinator_forwards_and_director_approves_the_six_month_report_from_email_links()
    {
        var (app, planId) = await StartAtFirstReportAsync(azurite);
        await using var _ = app;

        var ready = app.LinkOf(Coordinator, "รายงานพร้อมตรวจสอบ");
        var (_, readyPage) = await app.GetAsync(ready);
        Assert.Contains("รอบ 6 เดือน", readyPage.Body!.TextContent);
        var readyToken = await app.FormTokenAsync(ready);
        var (forwarded, _) = await app.PostAsync(ready, new Dictionary<string, string> { ["action"] = "forward", ["comment"] = "ตรวจแล้ว" }, token: readyToken);
        Assert.Equal(HttpStatusCode.OK, forwarded);
        await app.Harness.DrainAsync();

        var approval = app.LinkOf(Director, "เสนอรายงานเพื่ออนุมัติ");
        Assert.Equal(HttpStatusCode.Forbidden, (await app.PostAsync(ready, new Dictionary<string, string> { ["action"] = "report-approve" }, token: readyToken)).Status);
        var token = await app.FormTokenAsync(approval);
        var (approved, _) = await app.PostAsync(approval, new Dictionary<string, string> { ["action"] = "report-approve" }, token: token);
        var (replayed, replayPage) = await app.PostAsync(approval, new Dictionary<string, string> { ["action"] = "report-approve" }, token: token);
        await app.Harness.DrainAsync();

        Assert.Equal(HttpStatusCode.OK, approved);
        Assert.NotEqual(HttpStatusCode.OK, replayed);
        Assert.Contains(Director, replayPage.Body!.TextContent);
        var state = new PlanWorkflow().ReadState((await app.Harness.Client.GetStatusAsync(planId, false))!.Instance.StateJson);
        Assert.Equal(ReportStage.Published, state.Report(ReportRound.FirstHalf).Stage);
        Assert.Contains(app.Mail.Sent, m => m.Message.To == Coordinator && m.Message.Subject.Contains("รายงานเผยแพร่แล้ว", StringComparison.Ordinal));
    }

    /// <summary>A plan of one 6-monthly measure run to 1 April: the 6-month report waits for the coordinator.</summary>
    internal static async Task<(LinkTestApp App, string PlanId)> StartAtFirstReportAsync(Azurite azurite, bool inMemory = false)
    {
        var app = await LinkTestApp.StartAsync(
            azurite, SampleMeasures.FiscalYearStart, s => s.AddSingleton<ICommandHandler, AutoCompileReportHandler>(), inMemory);
        var plan = new Plan("ทดสอบ", 2567, [SampleMeasures.Measure("M01", 6)]);
        var planId = PlanWorkflow.InstanceIdFor("ทดสอบ", 2567);
        await app.Harness.Client.StartAsync(PlanWorkflow.DefinitionName, planId, new PlanInput(plan, WorkflowCalendar.Default, ReportSchedule.Default), "coordinator");
        await app.Harness.RunUntilAsync(new DateTimeOffset(2024, 4, 1, 12, 0, 0, TimeSpan.FromHours(7)));
        return (app, planId);
    }
}
