using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ItaWorkflow.Directories;
using ItaWorkflow.Links;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using Microsoft.AspNetCore.Antiforgery;

namespace ItaWorkflow.Tests.Links;

/// <summary>The Razor link pages rendered to HTML without a server: encoding, the hashed style, wording and the completion check.</summary>
public sealed class LinkPageHtmlTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Quotes = "\" onmouseover=\"alert(2)\" '";

    [Fact]
    public async Task Message_text_with_script_and_quotes_is_shown_as_text_not_markup()
    {
        var html = await LinkPageHtml.Message("หัวข้อ " + Script, "ข้อความ " + Quotes + " javascript:alert(3)", error: true).RenderAsync();
        var page = Parse(html);

        Assert.Empty(page.QuerySelectorAll("script, [onmouseover], a"));
        Assert.Equal("หัวข้อ " + Script, page.QuerySelector("h1")!.TextContent);
        Assert.Contains("ข้อความ " + Quotes + " javascript:alert(3)", page.QuerySelector(".error")!.TextContent);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("หัวข้อ", html);
    }

    [Fact]
    public async Task The_inline_style_is_exactly_the_text_the_policy_hashes()
    {
        var style = Parse(await LinkPageHtml.Message("t", "m", error: false).RenderAsync()).QuerySelector("style")!.TextContent;

        Assert.Equal(LinkPageHtml.Style, style);
        Assert.Contains($"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'", LinkPageHtml.ContentSecurityPolicy);
    }

    [Fact]
    public async Task Hostile_measure_and_report_text_is_encoded_and_only_web_addresses_become_links()
    {
        var page = Parse(await ReviewPage(40, result: "ผล " + Script + Quotes).RenderAsync());

        Assert.Empty(page.QuerySelectorAll("script, [onmouseover], [onerror], b"));
        var hrefs = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.DoesNotContain(hrefs, h => h.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("https://district.example/a?q=%22%3E%3Cb%3E", hrefs);
        var text = page.Body!.TextContent;
        Assert.Contains("ผล " + Script + Quotes, text);
        Assert.Contains("javascript:alert(4)", text);
        Assert.Contains("<img src=x onerror=alert(5)>.png", text);
        Assert.Contains("<b>ฝ่าย</b>", text);
        Assert.Contains("รายงานผลการดำเนินการ ฉบับที่ ๑ ของฝ่ายทะเบียน.pdf", text);
    }

    [Fact]
    public async Task The_measure_page_is_headed_by_its_title_with_a_Buddhist_era_due_date()
    {
        var page = Parse(await ReviewPage(40).RenderAsync());

        Assert.Equal(SampleMeasures.Measure().Title, page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("มาตรการ: มาตรการ", page.Body!.TextContent);
        Assert.Contains("กำหนดส่งรายงานภายใน ๒๕ ต.ค. ๒๕๖๖", page.QuerySelector(".task")!.TextContent);
    }

    [Fact]
    public async Task Completing_below_100_percent_asks_for_a_required_confirmation_that_approval_and_return_skip()
    {
        var below = Parse(await ReviewPage(40).RenderAsync());
        var done = Parse(await ReviewPage(100).RenderAsync());

        var confirm = below.QuerySelector($"input[type=checkbox][name={LinkPages.ConfirmCompleteField}]")!;
        Assert.True(confirm.HasAttribute("required"));
        Assert.Equal(LinkPages.ConfirmCompleteValue, confirm.GetAttribute("value"));
        Assert.Contains("ยืนยันว่าแล้วเสร็จแม้ความคืบหน้าต่ำกว่า ๑๐๐%", below.QuerySelector("label.check")!.TextContent);
        Assert.True(below.QuerySelector("button[value=approve]")!.HasAttribute("formnovalidate"));
        Assert.True(below.QuerySelector("button[value=return]")!.HasAttribute("formnovalidate"));
        Assert.Equal("done", below.QuerySelector("button[value=complete]")!.GetAttribute("class"));
        Assert.Null(done.QuerySelector($"input[name={LinkPages.ConfirmCompleteField}]"));
    }

    [Theory]
    [InlineData(40, "", true)]
    [InlineData(40, "on", true)]
    [InlineData(40, LinkPages.ConfirmCompleteValue, false)]
    [InlineData(99, "", true)]
    [InlineData(100, "", false)]
    public void Completion_below_100_percent_needs_the_confirmation(int percent, string confirm, bool refused)
    {
        var error = LinkPages.CheckCompletion(State(percent, ""), 0, confirm);

        Assert.Equal(refused, error is not null);
        Assert.True(error is null || error.Contains("ยืนยันว่าแล้วเสร็จแม้ความคืบหน้าต่ำกว่า ๑๐๐%", StringComparison.Ordinal));
    }

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static LinkPage ReviewPage(int percent, string result = "ติดตั้งป้ายประกาศแล้ว")
    {
        var history = new[]
        {
            new HistoryEntry(1, nameof(DivisionAcknowledged), SampleMeasures.FiscalYearStart, "registry@district.example", JsonSerializer.Serialize(new { division = "<b>ฝ่าย</b>" })),
            new HistoryEntry(2, nameof(ProgressSubmitted), SampleMeasures.FiscalYearStart, "registry@district.example", JsonSerializer.Serialize(new { division = SampleMeasures.Registry, period = 0, percent, result })),
        };
        var claims = new LinkClaims("ทดสอบ-2567-M01", "review", DirectoryRole.Director, "director@district.example", null, 0, SampleMeasures.FiscalYearStart.AddDays(30));
        var instance = new InstanceRecord(
            claims.InstanceId, MeasureWorkflow.DefinitionName, 1, RuntimeStatus.Running, MeasureSteps.AwaitingReview, null, SampleMeasures.FiscalYearStart,
            SampleMeasures.FiscalYearStart, null, 1, history.Length, "{}", null!, new Dictionary<string, AppliedEvent>(), [], null, null);
        return LinkPageHtml.Measure(
            State(percent, result), instance, history, claims, "token", new AntiforgeryTokenSet("request", "cookie", "__RequestVerificationToken", null), null, [],
            ProgressForm.Empty, "");
    }

    private static MeasureState State(int percent, string result)
    {
        Evidence[] evidence =
        [
            new("รายงานผลการดำเนินการ ฉบับที่ ๑ ของฝ่ายทะเบียน.pdf", "ทดสอบ-2567-M01/0/a.pdf", null, "application/pdf", 10),
            new("<img src=x onerror=alert(5)>.png", "ทดสอบ-2567-M01/0/b.png", null, "image/png", 10),
            new("javascript:alert(4)", null, "javascript:alert(4)", null, 0),
            new("https://district.example/a?q=\"><b>", null, "https://district.example/a?q=\"><b>", null, 0),
        ];
        var progress = new PeriodProgress(
            0, PeriodStatus.Submitted, 1, SampleMeasures.Registry, WorkStatus.InProgress, percent, result, "ปัญหา '" + Script, evidence,
            SampleMeasures.FiscalYearStart, null, null, true);
        return new MeasureState(
            "ทดสอบ-2567", "ทดสอบ", 2567, SampleMeasures.Measure(), WorkflowCalendar.Default, MeasureSteps.AwaitingReview, RuntimeStatus.Running,
            [SampleMeasures.Registry], [SampleMeasures.Registry],
            [new FollowUpPeriod(0, new DateOnly(2023, 10, 1), new DateOnly(2023, 10, 31), new DateOnly(2023, 10, 25))],
            [progress], 0, null, "timer", SampleMeasures.FiscalYearStart.AddYears(1), 0, null);
    }
}
