using System.Net;
using Azure.Core.Pipeline;
using ItaWorkflow.Notifications;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Storage;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using Microsoft.Extensions.DependencyInjection;
using static ItaWorkflow.Tests.Notifications.NotifyTestSetup;

namespace ItaWorkflow.Tests.Links;

[Collection(AzuriteCollection.Name)]
public sealed class LinkPagesTests(Azurite azurite)
{

    private static Dictionary<string, string> Progress(string status, string percent, string result, string problems = "", string urls = "") => new()
    {
        ["action"] = "progress", ["status"] = status, ["percent"] = percent, ["result"] = result, ["problems"] = problems, ["urls"] = urls,
    };

    [Fact]
    public async Task Division_and_director_complete_a_period_through_email_links()
    {
        await using var app = await LinkTestApp.StartAsync(azurite, SampleMeasures.FiscalYearStart);
        var id = await app.StartMeasureAsync(SampleMeasures.Measure());

        var ack = app.LinkOf(RegistryMail, "มอบหมายมาตรการ");
        var (ackStatus, ackPage) = await app.PostAsync(ack, new Dictionary<string, string> { ["action"] = "acknowledge" });
        Assert.Equal(HttpStatusCode.OK, ackStatus);
        Assert.Contains("บันทึกเรียบร้อยแล้ว", ackPage.Body!.TextContent);
        await app.Harness.DrainAsync();

        var progress = app.LinkOf(RegistryMail, "ขอรายงานผลการดำเนินการ");
        var (submitted, _) = await app.PostAsync(
            progress, Progress("InProgress", "40", "ดำเนินการแล้วบางส่วน", "งบประมาณล่าช้า", "https://district.example/news/1"), [("photo.png", LinkTestApp.Png)]);
        Assert.True(submitted == HttpStatusCode.OK, string.Join("\n", app.ServerErrors));
        await app.Harness.DrainAsync();

        var review = app.LinkOf(Director, "ได้รับรายงานผล");
        var (_, reviewPage) = await app.GetAsync(review);
        Assert.Contains("ดำเนินการแล้วบางส่วน", reviewPage.Body!.TextContent);
        var photo = reviewPage.QuerySelectorAll("a").Single(a => a.TextContent == "photo.png").GetAttribute("href")!;
        Assert.Equal(LinkTestApp.Png, await app.Http.GetByteArrayAsync(photo));
        var foreign = photo.Split("name=")[0] + "name=" + Uri.EscapeDataString("other-instance/0/x-photo.png");
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync(foreign)).StatusCode);
        var (returned, _) = await app.PostAsync(review, new Dictionary<string, string> { ["action"] = "return", ["comment"] = "ขอภาพถ่ายเพิ่ม" });
        Assert.Equal(HttpStatusCode.OK, returned);
        await app.Harness.DrainAsync();

        var revise = app.LinkOf(RegistryMail, "ส่งกลับให้แก้ไข");
        var (_, revisePage) = await app.GetAsync(revise);
        Assert.Contains("ขอภาพถ่ายเพิ่ม", revisePage.Body!.TextContent);
        Assert.Equal("ดำเนินการแล้วบางส่วน", revisePage.QuerySelector("textarea[name=result]")!.TextContent);
        await app.PostAsync(revise, Progress("Done", "100", "แล้วเสร็จพร้อมภาพถ่าย"));
        await app.Harness.DrainAsync();

        var secondReview = app.LinkOf(Director, "ได้รับรายงานผล");
        var (approved, _) = await app.PostAsync(secondReview, new Dictionary<string, string> { ["action"] = "approve", ["comment"] = "" });
        Assert.Equal(HttpStatusCode.OK, approved);
        await app.Harness.DrainAsync();

        var state = await app.Harness.Client.GetStatusAsync(id, includeHistory: false);
        Assert.Equal(MeasureSteps.AwaitingProgress, state!.Instance.Step);
        Assert.Contains(app.Mail.Sent, m => m.Message.To == RegistryMail && m.Message.Subject.Contains("อนุมัติแล้ว", StringComparison.Ordinal));
        var log = await app.Harness.Get<EmailLog>().ForInstanceAsync(id, CancellationToken.None);
        Assert.All(log, r => Assert.Equal(EmailStatus.Sent, r.Status));
        Assert.Contains(log, r => r.Template == "submission-received" && r.Recipient == Director && r.ProviderMessageId is not null);
    }

    [Fact]
    public async Task A_progress_post_reads_the_instance_once_and_shows_the_history_it_wrote()
    {
        var requests = new StorageRequestLog();
        await using var app = await LinkTestApp.StartAsync(
            azurite, SampleMeasures.FiscalYearStart, services => services.AddSingleton<HttpPipelinePolicy>(requests));
        await app.StartMeasureAsync(SampleMeasures.Measure());
        await app.PostAsync(app.LinkOf(RegistryMail, "มอบหมายมาตรการ"), new Dictionary<string, string> { ["action"] = "acknowledge" });
        await app.Harness.DrainAsync();
        var progress = app.LinkOf(RegistryMail, "ขอรายงานผลการดำเนินการ");
        var token = await app.FormTokenAsync(progress);

        requests.Clear();
        var (status, page) = await app.PostAsync(progress, Progress("InProgress", "40", "ติดตั้งป้ายประกาศแล้ว"), token: token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("บันทึกเรียบร้อยแล้ว", page.Body!.TextContent);
        var history = page.QuerySelectorAll("h2").Single(h => h.TextContent == "ประวัติ").NextElementSibling!.QuerySelectorAll("tr").Skip(1)
            .Select(row => row.Children[2].TextContent + " " + row.Children[3].TextContent).ToList();
        Assert.Equal(["รับทราบมาตรการ " + SampleMeasures.Registry, $"รายงานผล {SampleMeasures.Registry} งวดที่ 1 ร้อยละ 40: ติดตั้งป้ายประกาศแล้ว"], history);
    }

    [Fact]
    public async Task A_used_single_shot_link_says_by_whom_and_when()
    {
        await using var app = await LinkTestApp.StartAsync(azurite, SampleMeasures.FiscalYearStart);
        await app.StartMeasureAsync(SampleMeasures.Measure());
        var ack = app.LinkOf(RegistryMail, "มอบหมายมาตรการ");
        var token = await app.FormTokenAsync(ack);
        await app.PostAsync(ack, new Dictionary<string, string> { ["action"] = "acknowledge" }, token: token);

        var (status, page) = await app.PostAsync(ack, new Dictionary<string, string> { ["action"] = "acknowledge" }, token: token);
        var (_, shown) = await app.GetAsync(ack);

        Assert.NotEqual(HttpStatusCode.OK, status);
        Assert.Contains("ลิงก์นี้ใช้แล้ว", shown.Body!.TextContent);
        Assert.Contains(RegistryMail, shown.Body.TextContent);
        Assert.Contains("1 ตุลาคม 2566", shown.Body.TextContent);
        Assert.Null(shown.QuerySelector("button[value=acknowledge]"));
        Assert.Contains("ลิงก์นี้ใช้แล้ว", page.Body!.TextContent);
    }

    [Fact]
    public async Task Director_approval_replayed_is_refused_with_who_approved()
    {
        await using var app = await LinkTestApp.StartAsync(azurite, SampleMeasures.FiscalYearStart);
        await app.StartMeasureAsync(SampleMeasures.Measure());
        await app.PostAsync(app.LinkOf(RegistryMail, "มอบหมายมาตรการ"), new Dictionary<string, string> { ["action"] = "acknowledge" });
        await app.Harness.DrainAsync();
        await app.PostAsync(app.LinkOf(RegistryMail, "ขอรายงานผล"), Progress("Done", "100", "เสร็จ"));
        await app.Harness.DrainAsync();
        var review = app.LinkOf(Director, "ได้รับรายงานผล");
        var token = await app.FormTokenAsync(review);
        await app.PostAsync(review, new Dictionary<string, string> { ["action"] = "approve" }, token: token);

        var (status, page) = await app.PostAsync(review, new Dictionary<string, string> { ["action"] = "approve" }, token: token);

        Assert.NotEqual(HttpStatusCode.OK, status);
        Assert.Contains("ลิงก์นี้ใช้แล้ว", page.Body!.TextContent);
        Assert.Contains(Director, page.Body.TextContent);
    }

    [Fact]
    public async Task Bad_progress_input_is_explained_in_Thai_and_keeps_what_was_typed()
    {
        await using var app = await LinkTestApp.StartAsync(azurite, SampleMeasures.FiscalYearStart);
        await app.StartMeasureAsync(SampleMeasures.Measure());
        await app.PostAsync(app.LinkOf(RegistryMail, "มอบหมายมาตรการ"), new Dictionary<string, string> { ["action"] = "acknowledge" });
        await app.Harness.DrainAsync();
        var progress = app.LinkOf(RegistryMail, "ขอรายงานผล");

        var (status, page) = await app.PostAsync(
            progress, Progress("InProgress", "140", "", "ปัญหาที่พิมพ์ไว้", "javascript:alert(1)"),
            [("virus.png", "MZ-not-a-png"u8.ToArray()), ("notes.exe", LinkTestApp.Png)]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = page.QuerySelector(".error")!.TextContent;
        Assert.Contains("ร้อยละความสำเร็จต้องเป็นตัวเลข 0–100", errors);
        Assert.Contains("กรุณากรอกผลการดำเนินการ", errors);
        Assert.Contains("virus.png", errors);
        Assert.Contains("notes.exe", errors);
        Assert.Contains("http:// หรือ https://", errors);
        Assert.Equal("ปัญหาที่พิมพ์ไว้", page.QuerySelector("textarea[name=problems]")!.TextContent);
        Assert.Equal("140", page.QuerySelector("input[name=percent]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("option[value=InProgress][selected]"));
    }
}
