using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ItaWorkflow.Admin;
using ItaWorkflow.Hosting;
using ItaWorkflow.Links;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Admin;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Workflow;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ItaWorkflow.Tests.Workflow.Measures;
using static ItaWorkflow.Tests.Notifications.NotifyTestSetup;

namespace ItaWorkflow.Tests.Links;

/// <summary>
/// Every field of the progress, review and report forms fed hostile input; the acknowledgement
/// form has only its action (swept by the token sweep's wrong-action probes), and the report forms take a comment.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LinkFormSweepTests(Azurite azurite)
{
    private const string Script = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    /// <summary>Input every text field must refuse: oversized, control characters, NUL.</summary>
    private static readonly (string Name, string Value)[] Refused =
    [
        ("1 MB", new string('ก', 1024 * 1024)),
        ("control characters", "ผล\u0001\u0007\u001b[31m"),
        ("NUL", "ผล\0ผล"),
    ];

    // Built in code: xunit's theory data would turn unpaired surrogates into U+FFFD before the test sees them.
    [Fact]
    public void Unpaired_surrogates_and_control_characters_are_refused() =>
        Assert.All(
            new[] { "ผล" + (char)0xD800 + "ผล", "ผล" + (char)0xDC00, ((char)0xD800).ToString(), "ผล" + (char)0xDC00 + (char)0xD800, "ผล\u0000", "ผล\u007F" },
            value => Assert.Contains("ผลการดำเนินการ", LinkFormRules.CheckText("ผลการดำเนินการ", value, LinkFormRules.MaxResult)));

    [Theory]
    [InlineData("ผลการดำเนินการ\r\n\tบรรทัดสอง")]
    [InlineData("อีโมจิ 👍 และ \uFFFD")]
    public void Line_breaks_tabs_and_paired_surrogates_are_accepted(string value) =>
        Assert.Null(LinkFormRules.CheckText("ผลการดำเนินการ", value, LinkFormRules.MaxResult));

    [Fact]
    public async Task Hostile_input_in_every_field_is_refused_in_Thai_storing_nothing_or_shown_escaped_everywhere()
    {
        await using var app = await LinkTestApp.StartAsync(azurite, SampleMeasures.FiscalYearStart, inMemory: true);
        var id = await app.StartMeasureAsync(SampleMeasures.Measure() with { Activity = "กิจกรรม " + Script, Issue = "ประเด็น " + Script });
        await app.PostAsync(app.LinkOf(RegistryMail, "มอบหมายมาตรการ"), new Dictionary<string, string> { ["action"] = "acknowledge" });
        await app.Harness.DrainAsync();
        var progress = app.LinkOf(RegistryMail, "ขอรายงานผล");
        var valid = new Dictionary<string, string> { ["action"] = "progress", ["status"] = "InProgress", ["percent"] = "50", ["result"] = "ผล", ["problems"] = "", ["urls"] = "" };
        var fieldNames = new Dictionary<string, string>
        {
            ["status"] = "สถานะการดำเนินการ", ["percent"] = "ร้อยละความสำเร็จ", ["result"] = "ผลการดำเนินการ", ["problems"] = "ปัญหา/อุปสรรค", ["urls"] = "ลิงก์หลักฐาน",
        };
        var hostile = Refused.Append(("script", Script));

        var before = await StorageFingerprint.TakeAsync(app.Harness.Storage);
        foreach (var (field, label) in fieldNames)
        {
            foreach (var (kind, value) in hostile.Where(h => h.Item1 != "script" || field is "status" or "percent" or "urls"))
            {
                var (status, page) = await app.PostAsync(progress, new Dictionary<string, string>(valid) { [field] = value }, [("photo.png", LinkTestApp.Png)]);
                Assert.True(status == HttpStatusCode.BadRequest, $"{field} / {kind}: {(int)status}");
                Assert.Contains(label, page.QuerySelector(".error")!.TextContent);
            }
        }

        foreach (var (kind, value) in Refused)
        {
            var (status, page) = await app.PostAsync(progress, valid, [(value + ".png", LinkTestApp.Png)]);
            Assert.True(status == HttpStatusCode.BadRequest, $"file name / {kind}: {(int)status}");
            Assert.Contains("ไฟล์", page.QuerySelector(".error")!.TextContent);
        }

        var (wrongAction, _) = await app.PostAsync(progress, new Dictionary<string, string>(valid) { ["action"] = Script });
        Assert.Equal(HttpStatusCode.Forbidden, wrongAction);
        Assert.Empty(app.ServerErrors);
        Assert.Equal(before, await StorageFingerprint.TakeAsync(app.Harness.Storage));

        using (var accepted = new MultipartFormDataContent())
        {
            var token = await app.FormTokenAsync(progress);
            accepted.Add(new StringContent(token!), "__RequestVerificationToken");
            foreach (var (name, value) in new Dictionary<string, string>(valid) { ["result"] = "ผล " + Script, ["problems"] = "ปัญหา " + Script, ["urls"] = "https://x.example/?q=" + Script })
            {
                accepted.Add(new StringContent(value), name);
            }

            // A lone surrogate as a browser would encode it (CESU bytes): the server decodes it to U+FFFD.
            accepted.Add(new ByteArrayContent([.. "หมายเหตุ "u8, 0xED, 0xA0, 0x80]), "comment");
            accepted.Add(new ByteArrayContent(LinkTestApp.Png), "files", "<img src=x onerror=alert(3)>.png");
            using var response = await app.Http.PostAsync(progress, accepted);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await app.Harness.DrainAsync();
        var review = app.LinkOf(Director, "ได้รับรายงานผล");
        await SweepCommentAsync(app, review, ["approve", "return", "complete"]);
        var (returned, _) = await app.PostAsync(review, new Dictionary<string, string> { ["action"] = "return", ["comment"] = "ความเห็น " + Script });
        Assert.Equal(HttpStatusCode.OK, returned);
        await app.Harness.DrainAsync();

        var pages = new[] { (await app.GetAsync(review)).Page, (await app.GetAsync(app.LinkOf(RegistryMail, "ส่งกลับให้แก้ไข"))).Page }
            .Concat(app.Mail.Sent.Select(m => new HtmlParser().ParseDocument(m.Message.Html)));
        foreach (var page in pages)
        {
            Assert.Empty(page.QuerySelectorAll("script, [onerror], b"));
        }

        var shown = (await app.GetAsync(review)).Page.Body!.TextContent;
        Assert.Contains("ผล " + Script, shown);
        Assert.Contains("กิจกรรม " + Script, shown);
        Assert.Contains("<img src=x onerror=alert(3)>.png", shown);
        Assert.Contains(app.Mail.Sent, m => m.Message.Html.Contains("ปัญหา &lt;script&gt;", StringComparison.Ordinal));
        Assert.Contains(app.Mail.Sent, m => m.Message.Html.Contains("ความเห็น &lt;script&gt;", StringComparison.Ordinal));
        Assert.Empty(app.ServerErrors);
        var admin = await AdminDetailAsync(app.Harness.Storage.Options, id);
        Assert.Empty(admin.QuerySelectorAll("[onerror], b"));
        Assert.DoesNotContain(admin.QuerySelectorAll("script"), e => e.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.Contains("ผล " + Script, admin.Body!.TextContent);
        Assert.Contains("ความเห็น " + Script, admin.Body.TextContent);
    }

    [Fact]
    public async Task Hostile_report_comments_are_refused_in_Thai_storing_nothing_or_shown_escaped()
    {
        var (app, _) = await ReportLinkPagesTests.StartAtFirstReportAsync(azurite, inMemory: true);
        await using var _ = app;
        var ready = app.LinkOf(Coordinator, "รายงานพร้อมตรวจสอบ");
        await SweepCommentAsync(app, ready, ["forward", "report-return"]);
        var (forwarded, _) = await app.PostAsync(ready, new Dictionary<string, string> { ["action"] = "forward", ["comment"] = "ตรวจแล้ว " + Script });
        Assert.Equal(HttpStatusCode.OK, forwarded);
        await app.Harness.DrainAsync();
        var approval = app.LinkOf(Director, "เสนอรายงานเพื่ออนุมัติ");
        await SweepCommentAsync(app, approval, ["report-approve", "report-return"]);
        var (approved, _) = await app.PostAsync(approval, new Dictionary<string, string> { ["action"] = "report-approve", ["comment"] = "อนุมัติ " + Script });
        Assert.Equal(HttpStatusCode.OK, approved);
        await app.Harness.DrainAsync();

        var (_, shown) = await app.GetAsync(approval);
        Assert.Contains("อนุมัติ " + Script, shown.Body!.TextContent);
        foreach (var page in app.Mail.Sent.Select(m => new HtmlParser().ParseDocument(m.Message.Html)).Append(shown))
        {
            Assert.Empty(page.QuerySelectorAll("script, [onerror]"));
        }

        Assert.Empty(app.ServerErrors);
    }

    /// <summary>
    /// Posts every refused comment with each action: each is a 400 naming the comment field, and nothing is stored. The
    /// oversized comment is just over the field's limit: a comment link's body limit refuses a megabyte before the field
    /// is read (see <see cref="LinkEvidenceSecurityTests"/>).
    /// </summary>
    private static async Task SweepCommentAsync(LinkTestApp app, string link, string[] actions)
    {
        var before = await StorageFingerprint.TakeAsync(app.Harness.Storage);
        foreach (var action in actions)
        {
            foreach (var (kind, value) in Refused.Skip(1).Prepend(("too long", new string('ก', LinkFormRules.MaxComment + 1))))
            {
                var (status, page) = await app.PostAsync(link, new Dictionary<string, string> { ["action"] = action, ["comment"] = value });
                Assert.True(status == HttpStatusCode.BadRequest, $"{action} comment / {kind}: {(int)status}");
                Assert.Contains("ความเห็น", page.QuerySelector(".error")!.TextContent);
            }
        }

        Assert.Equal(before, await StorageFingerprint.TakeAsync(app.Harness.Storage));
    }

    /// <summary>The admin detail page of the real app over the same storage, read as a central admin (App Service principal).</summary>
    private static async Task<IHtmlDocument> AdminDetailAsync(StorageOptions storage, string id)
    {
        await using var app = WebApp.Build(
        [
            "--environment=Development", "--Admin:TrustAppServicePrincipal=true",
            "--Storage:ConnectionString=" + storage.ConnectionString, "--Storage:Prefix=" + storage.Prefix,
        ], builder =>
        {
            builder.WebHost.UseTestServer();
        });
        await app.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/manage/instances/" + Uri.EscapeDataString(id));
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", AdminUnitTests.Principal(("name", "central"), ("roles", AdminRoles.CentralAdmin)));
        using var response = await app.GetTestClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        await app.StopAsync();
        return page;
    }
}
