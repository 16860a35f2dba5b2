using ItaWorkflow.Directories;
using ItaWorkflow.Notifications;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using Microsoft.Playwright;

namespace ItaWorkflow.Tests.Admin;

[Collection(AzuriteCollection.Name)]
public sealed class DirectoryPageTests(Azurite azurite)
{
    private static readonly DistrictDirectory Directory = new(
        AdminApp.District,
        [
            new DivisionContact(SampleMeasures.Registry, ["ทะเบียน"], ["tabien@tk.example"], "head.tabien@tk.example"),
            new DivisionContact("ฝ่ายโยธา", [], ["yotha@tk.example"], null),
        ],
        ["director@tk.example"],
        ["ita@tk.example"]);

    [Fact]
    public async Task A_district_admin_fixes_a_refused_directory_form_without_retyping_and_saves_it()
    {
        await using var app = await AdminApp.StartAsync(azurite);
        var page = await app.SignInAsync(AdminApp.DistrictKey);

        await page.GotoAsync("/manage/directory");
        Assert.Equal(1, await page.Locator("#directory-missing").CountAsync());
        Assert.Equal(0, await page.Locator("textarea").CountAsync());
        await page.FillAsync("#name-0", "ฝ่ายทะเบียน <b>");
        await page.FillAsync("#aliases-0", "ทะเบียน, ฝ่าย ทะเบียนราษฎร");
        await page.FillAsync("#emails-0", "tabien@");
        await page.FillAsync("#name-1", "ฝ่ายการคลัง");
        await page.FillAsync("#emails-1", "fin@tk.example");
        await page.FillAsync("#director-name", "นายผู้อำนวยการ เขตดี");
        await page.FillAsync("#director-emails", "director@tk.example");
        await page.FillAsync("#acting-name", "นายรักษา แทน");
        await page.FillAsync("#acting-email", "acting@tk.example");
        await page.FillAsync("#acting-from", "2026-12-20");
        await page.FillAsync("#acting-to", "2026-12-01");
        await SaveAsync(page, "ปรับรายชื่อฝ่าย");

        Assert.Contains("ยังบันทึกไม่ได้ แก้ 2 จุด", await page.InnerTextAsync("#directory-errors"));
        Assert.Contains("แถว 1: อีเมล “tabien@” ไม่ถูกต้อง", await page.InnerTextAsync("#emails-0-error"));
        Assert.Contains("วันสิ้นสุดต้องไม่ก่อนวันเริ่ม", await page.InnerTextAsync("#acting-to-error"));
        Assert.Equal("true", await page.GetAttributeAsync("#emails-0", "aria-invalid"));
        Assert.Equal(("ฝ่ายทะเบียน <b>", "tabien@", "ฝ่ายการคลัง", "นายรักษา แทน"),
            (await page.InputValueAsync("#name-0"), await page.InputValueAsync("#emails-0"), await page.InputValueAsync("#name-1"), await page.InputValueAsync("#acting-name")));
        Assert.Null(await app.Get<IDirectoryStore>().GetAsync(AdminApp.District, CancellationToken.None));
        await ShootAsync(page, "admin-directory-refused");

        await page.FillAsync("#emails-0", "tabien@tk.example, tabien2@tk.example");
        await page.FillAsync("#acting-to", "2026-12-31");
        await SaveAsync(page, "ปรับรายชื่อฝ่าย");

        Assert.Contains("บันทึกทะเบียนแล้ว", await page.InnerTextAsync("#directory-notice"));
        var saved = (await app.Get<IDirectoryStore>().GetAsync(AdminApp.District, CancellationToken.None))!;
        Assert.Equal(["ฝ่ายทะเบียน <b>", "ฝ่ายการคลัง"], saved.Divisions.Select(d => d.Name));
        Assert.Equal(["ทะเบียน", "ฝ่าย ทะเบียนราษฎร"], saved.Divisions[0].Aliases);
        Assert.Equal(["tabien@tk.example", "tabien2@tk.example"], saved.Divisions[0].Emails);
        Assert.Equal(new ActingDirector("นายรักษา แทน", "acting@tk.example", new(2026, 12, 20), new(2026, 12, 31)), saved.ActingDirector);
        Assert.Equal("ฝ่ายทะเบียน <b>", await page.InputValueAsync("#name-0"));
        Assert.Equal(0, await page.Locator("main b").CountAsync());
        await ShootAsync(page, "admin-directory");
    }

    [Fact]
    public async Task An_excel_sheet_fills_the_directory_form_for_checking_and_is_saved_only_when_the_admin_saves()
    {
        await using var app = await AdminApp.StartAsync(azurite);
        var page = await app.SignInAsync(AdminApp.CentralKey);
        var file = Path.Combine(Path.GetTempPath(), $"directory-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(file, DirectoryWorkbook.Write(Directory));

        await page.GotoAsync("/manage/directory?district=" + Uri.EscapeDataString(AdminApp.District));
        var template = await page.APIRequest.GetAsync("/manage/directory/workbook?district=" + Uri.EscapeDataString(AdminApp.District));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.Headers["content-type"]);
        Assert.Equal(["ฝ่ายทะเบียน", "ฝ่ายการคลัง"], DirectoryWorkbook.Read(await template.BodyAsync(), AdminApp.District, null).Directory!.Divisions.Select(d => d.Name));
        await page.SetInputFilesAsync("#directory-file", file);
        await page.ClickAsync("#directory-import");

        Assert.Contains("2 ฝ่าย", await page.InnerTextAsync("#directory-notice"));
        Assert.Equal((SampleMeasures.Registry, "ทะเบียน", "tabien@tk.example", "head.tabien@tk.example", "ฝ่ายโยธา"),
            (await page.InputValueAsync("#name-0"), await page.InputValueAsync("#aliases-0"), await page.InputValueAsync("#emails-0"), await page.InputValueAsync("#head-0"), await page.InputValueAsync("#name-1")));
        Assert.Equal("director@tk.example", await page.InputValueAsync("#director-emails"));
        Assert.Null(await app.Get<IDirectoryStore>().GetAsync(AdminApp.District, CancellationToken.None));

        // Adding rows keeps what was read and typed, and still saves nothing.
        var rows = await page.Locator("#directory-table tbody tr").CountAsync();
        await page.FillAsync("#head-1", "head.yotha@tk.example");
        await page.ClickAsync("#add-rows");
        Assert.Equal(rows + 5, await page.Locator("#directory-table tbody tr").CountAsync());
        Assert.Equal(("ฝ่ายโยธา", "head.yotha@tk.example"), (await page.InputValueAsync("#name-1"), await page.InputValueAsync("#head-1")));
        Assert.Null(await app.Get<IDirectoryStore>().GetAsync(AdminApp.District, CancellationToken.None));

        await SaveAsync(page, "นำเข้าจาก Excel");
        Assert.Equal("head.yotha@tk.example", (await app.Get<IDirectoryStore>().GetAsync(AdminApp.District, CancellationToken.None))!.Find("ฝ่ายโยธา")!.HeadEmail);

        Assert.Equal(["tabien@tk.example"], (await app.Get<IDirectoryStore>().GetAsync(AdminApp.District, CancellationToken.None))!.Find("ทะเบียน")!.Emails);
    }

    [Fact]
    public async Task Reassigning_to_a_division_missing_from_the_directory_is_refused_in_thai_and_changes_nothing()
    {
        await using var app = await AdminApp.StartAsync(azurite);
        await app.Get<IDirectoryStore>().SaveAsync(Directory, CancellationToken.None);
        var id = (await app.SeedMeasuresAsync(AdminApp.District, 1))[0];
        var page = await app.SignInAsync(AdminApp.DistrictKey);

        await page.GotoAsync("/manage/instances/" + Uri.EscapeDataString(id));
        Assert.Equal(["ฝ่ายโยธา"], await page.Locator("#to option").AllInnerTextsAsync());
        await page.EvalOnSelectorAsync("#to", "s => { const o = new Option('ฝ่ายปลอม', 'ฝ่ายปลอม'); s.add(o); s.value = o.value; }");
        await page.FillAsync("#reassign-reason", "ย้ายงาน");
        await page.CheckAsync("#reassign-confirm");
        await page.ClickAsync("#reassign-submit");

        Assert.Contains("ไม่มีฝ่าย “ฝ่ายปลอม” ในทะเบียนหน่วยงาน", await page.InnerTextAsync("[role=alert]"));
        var status = (await app.Client.GetStatusAsync(id, true))!;
        Assert.Equal([SampleMeasures.Registry], JsonState(status).Divisions);
        Assert.DoesNotContain(status.History, e => e.Type == nameof(DivisionReassigned));

        await page.FillAsync("#reassign-reason", "ย้ายงาน");
        await page.CheckAsync("#reassign-confirm");
        await page.ClickAsync("#reassign-submit");

        Assert.Equal(["ฝ่ายโยธา"], JsonState((await app.Client.GetStatusAsync(id, true))!).Divisions);
    }

    [Fact]
    public async Task A_plan_naming_divisions_missing_from_the_directory_is_refused_with_their_list_keeping_the_edits_and_nothing_starts()
    {
        await using var app = await AdminApp.StartAsync(azurite);
        var seed = Path.GetFullPath(Path.Combine(Azurite.RepoRoot, "samples", "seeds", "nong-khaem-fy2567-analysis-and-plan.txt"));
        var page = await app.SignInAsync(AdminApp.CentralKey);

        await page.GotoAsync("/manage/plans");
        await page.GetByLabel("เขต", new() { Exact = true }).FillAsync("หนองแขม");
        await page.GetByLabel("ปีงบประมาณ พ.ศ.", new() { Exact = true }).FillAsync("2567");
        await page.SetInputFilesAsync("#plan-file", seed);
        await page.ClickAsync("#review-plan");
        Assert.Contains("ฝ่ายที่ยังไม่มีในทะเบียนหน่วยงาน", await page.InnerTextAsync("#unreachable-divisions"));
        await page.FillAsync("#div-0", "ฝ่ายที่ไม่มีจริง");
        await page.Locator("input[name=cadence-0]").FillAsync("3");
        await page.FillAsync("#activate-reason", "ผอ.เขตอนุมัติแผนแล้ว");
        await page.CheckAsync("#activate-confirm");
        await page.ClickAsync("#activate-submit");

        var error = await page.InnerTextAsync("#activate-error");
        Assert.Contains("ยังเริ่มใช้แผนไม่ได้", error);
        Assert.Contains("ฝ่ายที่ไม่มีจริง (", error);
        Assert.Equal("ฝ่ายที่ไม่มีจริง", await page.InputValueAsync("#div-0"));
        Assert.Equal("3", await page.InputValueAsync("input[name=cadence-0]"));
        Assert.Equal("true", await page.GetAttributeAsync("#div-0", "aria-invalid"));
        Assert.Null(await app.Client.GetStatusAsync(ItaWorkflow.Workflow.Plans.PlanWorkflow.InstanceIdFor("หนองแขม", 2567), false));
        Assert.Empty((await app.Client.ListAsync(new InstanceQuery("หนองแขม"))).Items);
    }

    [Fact]
    public async Task A_failed_send_puts_a_badge_on_its_case_and_a_count_on_the_dashboard()
    {
        await using var app = await AdminApp.StartAsync(azurite);
        await app.Get<IDirectoryStore>().SaveAsync(Directory, CancellationToken.None);
        var ids = await app.SeedMeasuresAsync(AdminApp.District, 2);
        var handler = app.Get<IEnumerable<ICommandHandler>>().OfType<SendEmailHandler>().Single();
        foreach (var (id, division) in ids.Zip([SampleMeasures.Registry, SampleMeasures.Finance]))
        {
            var email = new SendEmail("assignment", EmailAudience.Division, AdminApp.District, [division], new Dictionary<string, string> { ["title"] = "มาตรการ" });
            await handler.ExecuteAsync(new OutboxEntry(id, "d000001-00", email, OutboxStatus.Pending, 0, null, app.Time.GetUtcNow(), null), CancellationToken.None);
        }

        var page = await app.SignInAsync(AdminApp.DistrictKey);
        await page.GotoAsync("/manage/instances");

        var financeRow = page.Locator("#instances tbody tr", new() { HasText = ids[1] });
        var registryRow = page.Locator("#instances tbody tr", new() { HasText = ids[0] });
        Assert.Contains("อีเมลส่งไม่ถึง", await financeRow.Locator(".badge").InnerTextAsync());
        Assert.Equal(0, await registryRow.Locator(".badge").CountAsync());

        await page.GotoAsync("/manage/dashboard");
        Assert.Contains("อีเมลส่งไม่ถึง 1 รายการ", await page.InnerTextAsync("#dashboard-delivery-count"));
        Assert.Equal(1, await page.Locator("#dashboard-delivery a").CountAsync());

        await page.GotoAsync("/manage/instances/" + Uri.EscapeDataString(ids[1]));
        Assert.Contains(SampleMeasures.Finance, await page.InnerTextAsync("#delivery-problems"));
        await page.GotoAsync("/manage/instances/" + Uri.EscapeDataString(ids[0]));
        Assert.Equal(0, await page.Locator("#delivery-problems").CountAsync());
    }

    private static MeasureState JsonState(InstanceStatus status) =>
        System.Text.Json.JsonSerializer.Deserialize<MeasureState>(status.Instance.StateJson, EngineJson.Options)!;

    private static async Task SaveAsync(IPage page, string reason)
    {
        await page.FillAsync("#directory-reason", reason);
        await page.CheckAsync("#directory-confirm");
        await page.ClickAsync("#directory-submit");
    }

    private static async Task ShootAsync(IPage page, string name)
    {
        foreach (var (width, height) in new[] { (1366, 900), (390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            await AdminApp.ScreenshotAsync(page, $"{name}-{width}");
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width, $"{name} scrolls sideways at {width} px");
        }

        await page.SetViewportSizeAsync(1366, 900);
    }
}
