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

    [Fact]
    public async Task The_coordinators_and_directors_review_pages_link_the_document_they_are_asked_to_approve()
    {
        var (app, _) = await StartAtFirstReportAsync(azurite, realReports: true);
        await using var _ = app;

        var ready = app.LinkOf(Coordinator, "รายงานพร้อมตรวจสอบ");
        var (_, readyPage) = await app.GetAsync(ready);
        var links = readyPage.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal([ready + "/report", ready + "/report/docx", ready + "/report/xlsx"], links);
        var (shown, document) = await app.GetAsync(ready + "/report");
        using var docx = await app.Http.GetAsync(ready + "/report/docx");
        using var xlsx = await app.Http.GetAsync(ready + "/report/xlsx");
        using var other = await app.Http.GetAsync(ready + "/report/pdf");

        Assert.Equal(HttpStatusCode.OK, shown);
        Assert.Contains("เผยแพร่รายงานผลการดำเนินการ M01", document.Body!.TextContent);
        Assert.Contains("รอผู้ประสานงานตรวจสอบ", document.Body.TextContent);
        Assert.Equal((HttpStatusCode.OK, ReportDocxWriter.ContentType), (docx.StatusCode, docx.Content.Headers.ContentType?.MediaType));
        Assert.Equal((HttpStatusCode.OK, ReportXlsxWriter.ContentType), (xlsx.StatusCode, xlsx.Content.Headers.ContentType?.MediaType));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Contains("default-src 'none'", docx.Headers.GetValues("Content-Security-Policy").Single());

        var token = await app.FormTokenAsync(ready);
        await app.PostAsync(ready, new Dictionary<string, string> { ["action"] = "forward", ["comment"] = "ตรวจแล้ว" }, token: token);
        await app.Harness.DrainAsync();
        var approval = app.LinkOf(Director, "เสนอรายงานเพื่ออนุมัติ");
        var (_, approvalPage) = await app.GetAsync(approval);
        using var directorDocx = await app.Http.GetAsync(approval + "/report/docx");

        Assert.Contains(approval + "/report", approvalPage.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")));
        Assert.Equal(HttpStatusCode.OK, directorDocx.StatusCode);
    }

    [Fact]
    public async Task A_measure_link_or_a_forged_token_gets_no_report_document()
    {
        var (app, _) = await StartAtFirstReportAsync(azurite, realReports: true);
        await using var _ = app;
        var ready = app.LinkOf(Coordinator, "รายงานพร้อมตรวจสอบ");
        var measureId = await app.StartMeasureAsync(SampleMeasures.Measure("M09"));
        var division = app.LinkOf(RegistryMail, measureId);

        using var fromMeasure = await app.Http.GetAsync(division + "/report/docx");
        using var forged = await app.Http.GetAsync(ready[..^4] + "AAAA/report/docx");

        Assert.Equal(HttpStatusCode.NotFound, fromMeasure.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    /// <summary>A plan of one 6-monthly measure run to 1 April: the 6-month report waits for the coordinator.</summary>
    /// <param name="azurite">The storage emulator.</param>
    /// <param name="inMemory">Serve through TestServer.</param>
    /// <param name="realReports">Compile and store real report files instead of naming placeholders.</param>
    internal static async Task<(LinkTestApp App, string PlanId)> StartAtFirstReportAsync(Azurite azurite, bool inMemory = false, bool realReports = false)
    {
        var app = await LinkTestApp.StartAsync(
            azurite,
            SampleMeasures.FiscalYearStart,
            s =>
            {
                if (realReports)
                {
                    s.AddReports();
                }
                else
                {
                    s.AddSingleton<ICommandHandler, AutoCompileReportHandler>();
                }
            },
            inMemory);
        var plan = new Plan("ทดสอบ", 2567, [SampleMeasures.Measure("M01", 6)]);
        var planId = PlanWorkflow.InstanceIdFor("ทดสอบ", 2567);
        await app.Harness.Client.StartAsync(PlanWorkflow.DefinitionName, planId, new PlanInput(plan, WorkflowCalendar.Default, ReportSchedule.Default), "coordinator");
        await app.Harness.RunUntilAsync(new DateTimeOffset(2024, 4, 1, 12, 0, 0, TimeSpan.FromHours(7)));
        return (app, planId);
    }
}
