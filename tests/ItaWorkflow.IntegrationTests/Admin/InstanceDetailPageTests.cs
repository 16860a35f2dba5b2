using Microsoft.Extensions.Time.Testing;
using System.Net;
using ItaWorkflow.Tests.Workflow;
using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow;
using ItaWorkflow.Admin;
using ItaWorkflow.Domain;
using ItaWorkflow.Hosting;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Tests.Admin;

/// <summary>The measure detail page, fetched over HTTP from the real app.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class InstanceDetailPageTests(Azurite azurite)
{
    private const string District = "บางเขน";

    [Fact]
    public async Task Imported_results_are_shown_on_the_measure_with_only_web_addresses_as_links()
    {
        await using var app = await StartAppAsync();
        var measure = SampleMeasures.Measure("M01", 1, SampleMeasures.Registry) with
        {
            ReportedProgress = new ReportedProgress(
                "จัดอบรมแล้ว <b>๒</b> ครั้ง",
                "งบประมาณล่าช้า <script>alert(1)</script>",
                ["https://example.go.th/a.pdf", "javascript:alert(2)"],
                Imported: true),
        };
        var id = await StartMeasureAsync(app, measure);

        var page = await GetDetailAsync(app, id);

        var section = page.GetElementById("imported-results");
        Assert.NotNull(section);
        Assert.Contains("ผลการดำเนินการที่นำเข้า", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("จัดอบรมแล้ว <b>๒</b> ครั้ง", section.TextContent, StringComparison.Ordinal);
        Assert.Contains("งบประมาณล่าช้า <script>alert(1)</script>", section.TextContent, StringComparison.Ordinal);
        Assert.Empty(section.QuerySelectorAll("b, script"));
        Assert.Equal(["https://example.go.th/a.pdf"], section.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("javascript:alert(2)", section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_measure_without_imported_results_shows_no_imported_section()
    {
        await using var app = await StartAppAsync();
        var id = await StartMeasureAsync(app, SampleMeasures.Measure("M02", 1, SampleMeasures.Registry));

        var page = await GetDetailAsync(app, id);

        Assert.Null(page.GetElementById("imported-results"));
    }

    [Fact]
    public async Task District_admin_sees_plain_Thai_steps_and_Buddhist_Era_dates_without_engine_codes_or_JSON()
    {
        await using var app = await StartAppAsync();
        var id = await StartMeasureAsync(app, SampleMeasures.Measure("M01", 1, SampleMeasures.Registry));

        var page = await GetPageAsync(app, "/manage/instances/" + Uri.EscapeDataString(id), DistrictAdmin);

        var text = page.Body!.TextContent;
        AdminPageText.AssertReadableByDistrictStaff(text);
        Assert.Null(page.GetElementById("technical"));
        Assert.Null(page.GetElementById("custom-status"));
        Assert.Null(page.GetElementById("payload"));
        Assert.Contains("ปีงบประมาณ", text, StringComparison.Ordinal);
        Assert.Contains("๒๕๖๗", page.QuerySelector("dl.summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Central_admin_finds_the_engine_detail_folded_under_technical_details()
    {
        await using var app = await StartAppAsync();
        var id = await StartMeasureAsync(app, SampleMeasures.Measure("M01", 1, SampleMeasures.Registry));

        var page = await GetPageAsync(app, "/manage/instances/" + Uri.EscapeDataString(id));

        var technical = page.QuerySelector("details#technical");
        Assert.NotNull(technical);
        Assert.Equal("รายละเอียดทางเทคนิค", technical.QuerySelector("summary")!.TextContent);
        Assert.NotNull(technical.QuerySelector("#custom-status"));
        Assert.NotNull(technical.QuerySelector("#payload"));
        Assert.Contains(nameof(InstanceStarted), technical.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("{\"", page.QuerySelector("main")!.TextContent.Replace(technical.TextContent, "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    internal static async Task<string> StartMeasureAsync(WebApplication app, Measure measure)
    {
        var id = MeasureWorkflow.InstanceIdFor(District, 2567, measure.Id);
        await app.Services.GetRequiredService<WorkflowClient>().StartAsync(
            MeasureWorkflow.DefinitionName, id, new MeasureInput($"{District}-2567", District, 2567, measure, WorkflowCalendar.Default), "test");
        await app.Services.GetRequiredService<WorkflowDriver>().SettleAsync(WorkflowHarness.Patience);
        return id;
    }

    private static Task<AngleSharp.Dom.IDocument> GetDetailAsync(WebApplication app, string id) =>
        GetPageAsync(app, "/manage/instances/" + Uri.EscapeDataString(id));

    /// <summary>The App Service principal header of a central admin.</summary>
    internal static string Central { get; } = AdminUnitTests.Principal(("name", "central"), ("roles", AdminRoles.CentralAdmin));

    /// <summary>The App Service principal header of the district admin of บางเขน.</summary>
    internal static string DistrictAdmin { get; } = AdminUnitTests.Principal(("name", "เขตบางเขน"), ("roles", AdminRoles.DistrictAdmin), (AdminRoles.DistrictClaim, District));

    /// <summary>An admin page as <paramref name="principal"/> (a central admin by default) sees it.</summary>
    internal static async Task<AngleSharp.Dom.IDocument> GetPageAsync(WebApplication app, string path, string? principal = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(AdminRoles.PrincipalHeader, principal ?? Central);
        using var response = await app.GetTestClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private Task<WebApplication> StartAppAsync() => StartAppAsync(azurite);

    /// <summary>The real app on a test server, trusting the App Service principal header, with its own storage prefix.</summary>
    internal static async Task<WebApplication> StartAppAsync(Azurite azurite)
    {
        var app = WebApp.Build(
        [
            "--environment=Development", "--Admin:TrustAppServicePrincipal=true",
            "--Storage:ConnectionString=" + azurite.ConnectionString, "--Storage:Prefix=t" + Guid.NewGuid().ToString("N")[..10],
            // No directory here, so every email fails: parked at once rather than retried for minutes before the step is recorded.
            "--Durable:VirtualClock=true", "--Durable:ActivityAttempts=1", "--Durable:PartitionCount=1", "--Durable:MaxQueuePollingInterval=00:00:00.200",
        ], builder =>
        {
            builder.WebHost.UseTestServer();
            // The sample cases belong to fiscal year 2567: on today's clock they would start past their year end.
            builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(SampleMeasures.FiscalYearStart.AddDays(3)));
        });
        await app.Services.GetRequiredService<StorageClients>().EnsureCreatedAsync();
        await app.StartAsync();
        return app;
    }
}
