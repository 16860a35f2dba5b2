using ItaWorkflow.Tests.Notifications;
using ItaWorkflow.Directories;
using ItaWorkflow.Notifications;
using ItaWorkflow.Tests.Workflow;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using Microsoft.Playwright;

namespace ItaWorkflow.Tests.Admin;

[Collection(AzuriteCollection.Name)]
public sealed class AdminPagesTests(Azurite azurite)
{
    [Fact]
    public async Task Admin_pages_refuse_anyone_without_a_valid_key()
    {
        await using var app = await AdminApp.StartAsync(azurite);
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/manage/instances");
        Assert.EndsWith("/manage/signin", page.Url);

        await page.GetByLabel("รหัสผู้ดูแล", new() { Exact = true }).FillAsync("not-the-key");
        await page.ClickAsync("#sign-in");
        Assert.Contains("รหัสไม่ถูกต้อง", await page.InnerTextAsync("main"));

        var response = await page.GotoAsync("/manage/dashboard");
        Assert.EndsWith("/manage/signin", page.Url);
        Assert.NotNull(response);
        Assert.Contains("default-src 'self'", response.Headers["content-security-policy"]);
    }

    [Fact]
    public async Task District_admin_sees_only_their_own_district()
    {
        await using var app = await AdminApp.StartAsync(azurite);
        await app.SeedMeasuresAsync(AdminApp.District, 3);
        var others = await app.SeedMeasuresAsync(AdminApp.OtherDistrict, 2);
        var page = await app.SignInAsync(AdminApp.DistrictKey);

        await page.GotoAsync("/manage/instances?district=" + Uri.EscapeDataString(AdminApp.OtherDistrict));
        var rows = await page.Locator("#instances tbody tr").AllInnerTextsAsync();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Contains(AdminApp.District, r));

        var response = await page.GotoAsync("/manage/instances/" + Uri.EscapeDataString(others[0]));
        Assert.Equal(404, response!.Status);
        Assert.DoesNotContain("suspend-reason", await page.ContentAsync());
    }

    [Fact]
    public async Task District_admin_batch_suspends_the_filtered_list_of_their_own_district_only()
    {
        await using var app = await AdminApp.StartAsync(azurite);
        var own = await app.SeedMeasuresAsync(AdminApp.District, 4);
        var others = await app.SeedMeasuresAsync(AdminApp.OtherDistrict, 4);
        var page = await app.SignInAsync(AdminApp.DistrictKey);

        await page.GotoAsync("/manage/instances?division=" + Uri.EscapeDataString(SampleMeasures.Finance) + "&district=" + Uri.EscapeDataString(AdminApp.OtherDistrict));
        await page.SelectOptionAsync("#batch-action", "suspend");
        await page.FillAsync("#batch-reason", "ปิดปรับปรุงระบบ");
        await page.CheckAsync("#batch-confirm");
        await page.ClickAsync("#batch-submit");

        Assert.Contains("ระงับชั่วคราวแล้ว 2 จาก 2 รายการ", await page.InnerTextAsync("main"));
        foreach (var id in own.Concat(others))
        {
            var status = (await app.Client.GetStatusAsync(id, false))!.Instance;
            var expected = id.StartsWith(AdminApp.District, StringComparison.Ordinal) && status.Summary.Divisions.Contains(SampleMeasures.Finance)
                ? RuntimeStatus.Suspended
                : RuntimeStatus.Running;
            Assert.Equal(expected, status.Status);
        }
    }

    [Fact]
    public async Task Central_admin_filters_by_division_and_pages_through_the_list()
    {
        await using var app = await AdminApp.StartAsync(azurite);
        await app.SeedMeasuresAsync(AdminApp.District, 14);
        await app.SeedMeasuresAsync(AdminApp.OtherDistrict, 4);
        var page = await app.SignInAsync(AdminApp.CentralKey);

        await page.GotoAsync("/manage/instances");
        await page.GetByLabel("เขต", new() { Exact = true }).FillAsync(AdminApp.District);
        await page.GetByLabel("ฝ่าย", new() { Exact = true }).FillAsync(SampleMeasures.Finance);
        await page.GetByLabel("ต่อหน้า", new() { Exact = true }).FillAsync("4");
        await page.ClickAsync("#apply-filter");
        var seen = new List<string>();
        seen.AddRange(await page.Locator("#instances tbody tr td:first-child").AllInnerTextsAsync());
        await AdminApp.ScreenshotAsync(page, "admin-list");
        while (await page.Locator("#next-page").CountAsync() > 0)
        {
            await page.ClickAsync("#next-page");
            seen.AddRange(await page.Locator("#instances tbody tr td:first-child").AllInnerTextsAsync());
        }

        Assert.Equal(7, seen.Count);
        Assert.Equal(7, seen.Distinct().Count());
        Assert.All(seen, id => Assert.StartsWith(AdminApp.District + "-", id));
        var finance = await app.Client.ListAsync(new InstanceQuery(AdminApp.District, Division: SampleMeasures.Finance, PageSize: 100));
        Assert.Equal(finance.Items.Select(i => i.InstanceId).Order(), seen.Order());
    }

    [Fact]
    public async Task Admin_opens_an_instance_timeline_then_suspends_and_resumes_it_with_a_reason()
    {
        await using var app = await AdminApp.StartAsync(azurite);
        var ids = await app.SeedMeasuresAsync(AdminApp.District, 1);
        var page = await app.SignInAsync(AdminApp.CentralKey);

        await page.GotoAsync("/manage/instances/" + Uri.EscapeDataString(ids[0]));
        Assert.Contains("เริ่มติดตาม", await page.InnerTextAsync("#timeline"));
        Assert.Contains(nameof(InstanceStarted), await page.TextContentAsync("#technical"));
        await AdminApp.ScreenshotAsync(page, "admin-detail");

        await page.FillAsync("#suspend-reason", "รอยืนยันฝ่าย <b>ใหม่</b>");
        await page.CheckAsync("#suspend-confirm");
        await page.ClickAsync("#suspend-submit");
        Assert.Contains("ระงับชั่วคราว", await page.InnerTextAsync("dl.summary"));
        Assert.Contains("admin:key:central", await page.InnerTextAsync("#timeline"));
        Assert.Contains("รอยืนยันฝ่าย <b>ใหม่</b>", await page.InnerTextAsync("#timeline"));

        await page.FillAsync("#resume-reason", "ยืนยันแล้ว");
        await page.CheckAsync("#resume-confirm");
        await page.ClickAsync("#resume-submit");
        var status = await app.Client.GetStatusAsync(ids[0], true);
        Assert.Equal(RuntimeStatus.Running, status!.Instance.Status);
        Assert.Contains(status.History, e => e.Type == nameof(InstanceSuspended) && e.Actor == "admin:key:central");
        Assert.Contains(status.History, e => e.Type == nameof(InstanceResumed) && e.PayloadJson.Contains("ยืนยันแล้ว"));
    }

    [Fact]
    public async Task An_email_that_keeps_failing_is_parked_shown_and_sent_when_the_admin_retries_it()
    {
        await using var app = await AdminApp.StartAsync(azurite);
        // The pickup folder's path is taken by a file: every send fails until the file is gone.
        var folder = app.Get<PickupFolderEmailSender>().Folder;
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        await File.WriteAllTextAsync(folder, "<script>");
        await app.Get<IDirectoryStore>().SaveAsync(NotifyTestSetup.District, CancellationToken.None);
        var ids = await app.SeedMeasuresAsync(AdminApp.District, 1);
        var letterId = $"{ids[0]}|d000001-00";
        var patience = WorkflowHarness.Patience;
        // Parked once the step has ended with it (its dead-letter row is written a moment earlier).
        while ((await app.Client.GetStatusAsync(ids[0], false, patience))?.Parked.Any(p => p.Id == "d000001-00") is not true)
        {
            await Task.Delay(100, patience);
        }

        var page = await app.SignInAsync(AdminApp.CentralKey);
        await page.GotoAsync("/manage/dead-letters");
        Assert.Contains(ids[0], await page.InnerTextAsync("#dead-letters"));
        File.Delete(folder);
        await page.Locator("#dead-letters input[name=reason]").FillAsync("แก้ที่อยู่อีเมลแล้ว");
        await page.Locator("#dead-letters input[name=confirm]").CheckAsync();
        await page.Locator("#dead-letters button[type=submit]").ClickAsync();

        Assert.Contains("ส่งกลับเข้าคิวแล้ว", await page.InnerTextAsync("main"));
        while (await app.Get<DeadLetterStore>().GetAsync(letterId, CancellationToken.None) is not null)
        {
            await Task.Delay(100, patience);
        }

        await page.ReloadAsync();
        Assert.Equal(1, await page.Locator("#no-dead-letters").CountAsync());
        Assert.NotEmpty(app.Get<PickupFolderEmailSender>().List());
    }

    [Fact]
    public async Task Admin_imports_a_seed_plan_edits_a_row_activates_it_then_sees_the_dashboard()
    {
        await using var app = await AdminApp.StartAsync(azurite);
        await app.SeedMeasuresAsync(AdminApp.District, 6);
        var seed = Path.GetFullPath(Path.Combine(Azurite.RepoRoot, "samples", "seeds", "nong-khaem-fy2567-analysis-and-plan.txt"));
        var page = await app.SignInAsync(AdminApp.CentralKey);

        await page.GotoAsync("/manage/plans");
        await page.GetByLabel("เขต", new() { Exact = true }).FillAsync("หนองแขม");
        await page.GetByLabel("ปีงบประมาณ พ.ศ.", new() { Exact = true }).FillAsync("2567");
        await page.SetInputFilesAsync("#plan-file", seed);
        await page.ClickAsync("#review-plan");
        var rows = await page.Locator("#plan-measures tbody tr").CountAsync();
        Assert.True(rows > 0, await page.InnerTextAsync("main"));
        var divisions = page.Locator("#plan-measures input[name^=div-]");
        for (var i = 0; i < rows; i++)
        {
            if ((await divisions.Nth(i).InputValueAsync()).Trim().Length == 0)
            {
                await divisions.Nth(i).FillAsync(SampleMeasures.Registry);
            }
        }

        var named = new List<string>();
        for (var i = 0; i < rows; i++)
        {
            named.AddRange((await divisions.Nth(i).InputValueAsync()).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        // Activation checks every division against the directory before any email goes out.
        await app.Get<ItaWorkflow.Directories.IDirectoryStore>().SaveAsync(
            new ItaWorkflow.Directories.DistrictDirectory(
                "หนองแขม",
                [.. named.Distinct().Where(n => n != ItaWorkflow.Directories.DistrictDirectory.AllDivisions)
                    .Select((n, i) => new ItaWorkflow.Directories.DivisionContact(n, [], [$"division{i}@nk.example"], null))],
                ["director@nk.example"],
                []),
            CancellationToken.None);
        await page.Locator("input[name=cadence-0]").FillAsync("3");
        await page.FillAsync("#activate-reason", "ผอ.เขตอนุมัติแผนแล้ว");
        await page.CheckAsync("#activate-confirm");
        await page.ClickAsync("#activate-submit");

        Assert.Contains("/manage/instances/", page.Url);
        Assert.Contains("แผน", await page.InnerTextAsync("dl.summary"));
        Assert.Contains("plan v1", await page.TextContentAsync("#technical"));
        var draft = await app.Get<ItaWorkflow.Import.IPlanStore>().GetDraftAsync("หนองแขม", 2567);
        Assert.Equal(rows, draft!.Measures.Count);
        Assert.Equal(3, draft.Measures[0].Cadence.Months);
        Assert.Equal(RuntimeStatus.Running, (await app.Client.GetStatusAsync(PlanIdFor("หนองแขม"), false))!.Instance.Status);

        await page.GotoAsync("/manage/dashboard?district=" + Uri.EscapeDataString(AdminApp.District));
        Assert.Equal(4, await page.Locator("figure svg").CountAsync());
        Assert.Contains("มาตรการ 6 รายการ", await page.InnerTextAsync("#dashboard-scope"));
        Assert.Equal(10, await page.Locator("figure svg[aria-label^='คะแนนความก้าวหน้า'] > line").CountAsync());
        await AdminApp.ScreenshotAsync(page, "admin-dashboard");
    }

    private static string PlanIdFor(string district) => ItaWorkflow.Workflow.Plans.PlanWorkflow.InstanceIdFor(district, 2567);
}
