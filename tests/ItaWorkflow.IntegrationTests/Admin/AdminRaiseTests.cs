using System.Text.Json;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using Microsoft.Playwright;

namespace ItaWorkflow.Tests.Admin;

[Collection(AzuriteCollection.Name)]
public sealed class AdminRaiseTests(Azurite azurite)
{
    private static string Payload(Evidence evidence) => JsonSerializer.Serialize(
        new ProgressSubmitted(0, SampleMeasures.Registry, WorkStatus.InProgress, 10, "ผลที่ผู้ดูแลส่ง", "", [evidence]), EngineJson.Options);

    [Fact]
    public async Task Raised_progress_with_a_blob_name_or_a_script_url_is_refused_in_Thai_and_changes_nothing()
    {
        await using var app = await AdminApp.StartAsync(azurite);
        var (id, otherBlob, _) = await AdminEvidenceFixture.CreateAsync(app);
        var page = await app.SignInAsync(AdminApp.CentralKey);
        var before = (await app.Client.GetStatusAsync(id, false))!.Instance;

        await RaiseAsync(page, id, "ProgressSubmitted", Payload(new Evidence("x.png", $"{id}/../{otherBlob}", null, "image/png", 1)));
        var blobRefusal = await page.InnerTextAsync("main");
        await RaiseAsync(page, id, "ProgressSubmitted", Payload(new Evidence("ลิงก์", null, "javascript:alert(1)", null, 0)));
        var urlRefusal = await page.InnerTextAsync("main");
        await RaiseAsync(page, id, "TimerFired", """{"timerId":"t","purpose":"reminder","dueAt":"2023-10-05T00:00:00Z"}""");
        var engineRefusal = await page.InnerTextAsync("main");

        Assert.Contains("ไม่สำเร็จ", blobRefusal);
        Assert.Contains("ผู้ดูแลแนบได้เฉพาะลิงก์หลักฐาน", blobRefusal);
        Assert.Contains("ไม่สำเร็จ", urlRefusal);
        Assert.Contains("http:// หรือ https://", urlRefusal);
        Assert.Contains("ผู้ดูแลส่งเองไม่ได้", engineRefusal);
        var after = (await app.Client.GetStatusAsync(id, false))!.Instance;
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.StateJson, after.StateJson);

        await RaiseAsync(page, id, "ProgressSubmitted", Payload(new Evidence("https://district.example/news", null, "https://district.example/news", null, 0)));
        Assert.Contains("บันทึกแล้ว", await page.InnerTextAsync("main"));
        Assert.Contains("https://district.example/news", (await app.Client.GetStatusAsync(id, false))!.Instance.StateJson);
    }

    private static async Task RaiseAsync(IPage page, string id, string type, string payload)
    {
        await page.GotoAsync("/manage/instances/" + Uri.EscapeDataString(id));
        await page.ClickAsync("#technical > summary");
        await page.FillAsync("#type", type);
        await page.FillAsync("#payload", payload);
        await page.FillAsync("#raise-reason", "แก้ไขข้อมูล");
        await page.CheckAsync("#raise-confirm");
        await page.ClickAsync("#raise-submit");
    }
}
