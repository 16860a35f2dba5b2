using ItaWorkflow.Tests.Admin;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static ItaWorkflow.Tests.Notifications.NotifyTestSetup;

namespace ItaWorkflow.Tests.Links;

/// <summary>
/// Every kind of link page in headless Chromium at a phone's 390 px and a desktop's 1366 px: nothing may scroll
/// sideways on the phone; the screenshots land in TestResults/screenshots for a person to look at.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LinkPagePhoneTests(Azurite azurite, ITestOutputHelper output)
{
    private const string LongThaiFileName =
        "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของสำนักงานเขตประจำปีงบประมาณพ.ศ.๒๕๖๗ฉบับสมบูรณ์.png";

    private static readonly string LongUrl =
        "https://district.example/documents/ita/2567/measures/o30/evidence?files=" + string.Concat(Enumerable.Repeat("photo-of-the-notice-board-", 8));

    private readonly List<(string Kind, int Width)> widths = [];

    [Fact]
    public async Task Every_link_page_fits_a_390_px_phone_without_sideways_scrolling()
    {
        await using var browser = await TestBrowser.LaunchAsync();
        await using (var app = await LinkTestApp.StartAsync(azurite, SampleMeasures.FiscalYearStart))
        {
            await app.StartMeasureAsync(SampleMeasures.Measure());
            var ack = app.LinkOf(RegistryMail, "มอบหมายมาตรการ");
            await CheckAsync(browser, app, ack, "acknowledge");

            await app.PostAsync(ack, new Dictionary<string, string> { ["action"] = "acknowledge" });
            await app.Harness.DrainAsync();
            await app.PostAsync(
                app.LinkOf(RegistryMail, "ขอรายงานผล"),
                Progress("InProgress", "40", "ติดตั้งป้ายประกาศหน้าสำนักงานเขตแล้วและเผยแพร่ประกาศบนเว็บไซต์สำนักงานเขตเรียบร้อยแล้วรอการตรวจสอบจากฝ่ายปกครอง", LongUrl),
                [(LongThaiFileName, LinkTestApp.Png)]);
            await app.Harness.DrainAsync();
            await app.PostAsync(app.LinkOf(Director, "ได้รับรายงานผล"), new Dictionary<string, string> { ["action"] = "return", ["comment"] = "ขอภาพถ่ายป้ายประกาศเพิ่มเติม" });
            await app.Harness.DrainAsync();
            var revise = app.LinkOf(RegistryMail, "ส่งกลับให้แก้ไข");
            await CheckAsync(browser, app, revise, "progress");

            await app.PostAsync(revise, Progress("InProgress", "60", "เพิ่มภาพถ่ายป้ายประกาศแล้ว", LongUrl), [(LongThaiFileName, LinkTestApp.Png)]);
            await app.Harness.DrainAsync();
            await CheckAsync(browser, app, app.LinkOf(Director, "ได้รับรายงานผล"), "review");
            await CheckAsync(browser, app, "/l/not-a-signed-token", "refused");
        }

        var (reports, _) = await ReportLinkPagesTests.StartAtFirstReportAsync(azurite, realReports: true);
        await using (reports)
        {
            var ready = reports.LinkOf(Coordinator, "รายงานพร้อมตรวจสอบ");
            await CheckAsync(browser, reports, ready, "report");
            await CheckAsync(browser, reports, ready + "/report", "report-document");
        }

        Assert.Equal(6, widths.Count);
        Assert.All(widths, w => Assert.True(w.Width <= 390, $"{w.Kind} is {w.Width} px wide at 390 px"));
    }

    private static Dictionary<string, string> Progress(string status, string percent, string result, string urls) => new()
    {
        ["action"] = "progress", ["status"] = status, ["percent"] = percent, ["result"] = result, ["problems"] = "", ["urls"] = urls,
    };

    /// <summary>Opens the page at 390×844 with every history opened, checks its width, and screenshots it there and at 1366×900.</summary>
    private async Task CheckAsync(TestBrowser browser, LinkTestApp app, string path, string kind)
    {
        var width = 0;
        foreach (var (w, h) in new[] { (390, 844), (1366, 900) })
        {
            var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = app.Http.BaseAddress!.ToString(), ViewportSize = new ViewportSize { Width = w, Height = h }, Locale = "th-TH",
            });
            var page = await context.NewPageAsync();
            await page.GotoAsync(path);
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            if (w == 390)
            {
                width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            }

            await AdminApp.ScreenshotAsync(page, $"link-{kind}-{w}");
            await context.DisposeAsync();
        }

        output.WriteLine($"{kind}: {width} px wide at 390 px");
        widths.Add((kind, width));
    }
}
