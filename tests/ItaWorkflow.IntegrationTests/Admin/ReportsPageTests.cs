using ItaWorkflow.Domain;
using ItaWorkflow.Reports;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Reports;
using Microsoft.Playwright;

namespace ItaWorkflow.Tests.Admin;

[Collection(AzuriteCollection.Name)]
public sealed class ReportsPageTests(Azurite azurite)
{
    [Fact]
    public async Task The_reports_page_follows_a_round_from_review_to_published_and_names_who_approved_it()
    {
        var storage = TestStorage.Options(azurite);
        await using var harness = await ReportScenario.AtFirstReportAsync(azurite, storage, AdminApp.District);
        await using var app = await AdminApp.StartAsync(azurite, storage);
        var page = await app.SignInAsync(AdminApp.CentralKey);

        await page.GotoAsync("/manage/reports");
        Assert.Equal(nameof(ReportStatus.CoordinatorReview), await StatusAsync(page, "first-half"));
        Assert.Equal(nameof(ReportStatus.Waiting), await StatusAsync(page, "full-year"));
        Assert.Contains("รอผู้ประสานงานตรวจสอบ", await Round(page, "first-half").InnerTextAsync());
        Assert.DoesNotContain("CoordinatorReview", await page.InnerTextAsync("main"));
        Assert.Equal(0, await Round(page, "first-half").Locator(".approved").CountAsync());

        await ReportScenario.ForwardAsync(harness, AdminApp.District);
        await page.ReloadAsync();
        Assert.Equal(nameof(ReportStatus.DirectorReview), await StatusAsync(page, "first-half"));
        Assert.Contains(ReportScenario.Coordinator, await Round(page, "first-half").Locator(".forwarded").InnerTextAsync());

        await ReportScenario.ApproveAsync(harness, AdminApp.District);
        await page.ReloadAsync();
        var published = Round(page, "first-half");
        Assert.Equal(nameof(ReportStatus.Published), await StatusAsync(page, "first-half"));
        Assert.Contains("อนุมัติและเผยแพร่แล้ว", await published.InnerTextAsync());
        var approvedAt = (await ReportScenario.PlanAsync(harness, AdminApp.District)).Report(ReportRound.FirstHalf).PublishedAt;
        Assert.Equal($"{ReportScenario.Director} · {ItaWorkflow.Admin.AdminLayout.Thai(approvedAt)}", await published.Locator(".approved").InnerTextAsync());
        Assert.Equal(
            PublicReportEndpoints.PathOf(AdminApp.District, ReportScenario.FiscalYear, ReportRound.FirstHalf),
            await published.Locator("a.public-link").GetAttributeAsync("href"));
        Assert.Contains("PDF", await page.InnerTextAsync("#pdf-note"));

        var preview = await page.Context.NewPageAsync();
        var previewResponse = await preview.GotoAsync(await published.Locator(".official a.preview").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, previewResponse!.Status);
        Assert.Contains(ReportScenario.Result, await preview.InnerTextAsync("main"));
        var docx = await page.APIRequest.GetAsync(await published.Locator(".official a.docx").GetAttributeAsync("href") ?? "");
        Assert.Equal((200, ReportDocxWriter.ContentType), (docx.Status, docx.Headers["content-type"]));

        await page.SetViewportSizeAsync(1366, 900);
        await AdminApp.ScreenshotAsync(page, "reports-page-desktop");
        await page.SetViewportSizeAsync(390, 844);
        await AdminApp.ScreenshotAsync(page, "reports-page-phone");
    }

    [Fact]
    public async Task Compile_now_stores_a_draft_beside_the_document_under_review_without_replacing_it()
    {
        var storage = TestStorage.Options(azurite);
        await using var harness = await ReportScenario.AtFirstReportAsync(azurite, storage, AdminApp.District);
        await using var app = await AdminApp.StartAsync(azurite, storage);
        var store = app.Get<ReportStore>();
        var official = (await ReportScenario.PlanAsync(harness, AdminApp.District)).Report(ReportRound.FirstHalf);
        var before = (await store.ListAsync(AdminApp.District)).Single(r => r.BlobName == official.DocxBlob).LastModified;
        var page = await app.SignInAsync(AdminApp.DistrictKey);

        await page.GotoAsync("/manage/reports");
        await Round(page, "full-year").Locator("button.compile").ClickAsync();
        await Round(page, "first-half").Locator("button.compile").ClickAsync();

        Assert.Equal(1, await page.Locator("#compiled").CountAsync());
        Assert.Equal(nameof(ReportStatus.Draft), await StatusAsync(page, "full-year"));
        Assert.Equal(nameof(ReportStatus.CoordinatorReview), await StatusAsync(page, "first-half"));
        var stored = await store.ListAsync(AdminApp.District);
        Assert.Contains(stored, r => r.IsDraft && r.Round == ReportRound.FullYear && r.Format == ReportFormat.Docx);
        Assert.Contains(stored, r => r.IsDraft && r.Round == ReportRound.FirstHalf && r.Format == ReportFormat.Xlsx);
        Assert.Equal(before, stored.Single(r => r.BlobName == official.DocxBlob).LastModified);
        var draft = await page.APIRequest.GetAsync(await Round(page, "full-year").Locator(".draft a.xlsx").GetAttributeAsync("href") ?? "");
        Assert.Equal((200, "draft-full-year-2567.xlsx"), (draft.Status, draft.Headers["content-disposition"].Split("filename=")[1].Split(';')[0].Trim('"')));
    }

    [Fact]
    public async Task A_district_admin_cannot_see_preview_or_compile_another_districts_reports()
    {
        var storage = TestStorage.Options(azurite);
        await using var harness = await ReportScenario.AtFirstReportAsync(azurite, storage, AdminApp.District, AdminApp.OtherDistrict);
        await using var app = await AdminApp.StartAsync(azurite, storage);
        var other = (await ReportScenario.PlanAsync(harness, AdminApp.OtherDistrict)).Report(ReportRound.FirstHalf);
        var page = await app.SignInAsync(AdminApp.DistrictKey);

        await page.GotoAsync("/manage/reports?district=" + Uri.EscapeDataString(AdminApp.OtherDistrict));
        var districts = await page.Locator("section.report").EvaluateAllAsync<string[]>("s => s.map(e => e.dataset.district)");
        Assert.Equal([AdminApp.District, AdminApp.District], districts);
        Assert.DoesNotContain(AdminApp.OtherDistrict, await page.InnerTextAsync("main"));

        var preview = await page.APIRequest.GetAsync("/manage/reports/preview?name=" + Uri.EscapeDataString(other.XlsxBlob!));
        var download = await page.APIRequest.GetAsync("/manage/reports/file?name=" + Uri.EscapeDataString(other.DocxBlob!));
        Assert.Equal((404, 404), (preview.Status, download.Status));

        // A form changed to name the other district is refused and compiles nothing there.
        await Round(page, "full-year").Locator("input[name=district]").EvaluateAsync("(e, d) => e.value = d", AdminApp.OtherDistrict);
        await Round(page, "full-year").Locator("button.compile").ClickAsync();
        Assert.Contains("จัดทำฉบับร่างไม่ได้", await page.InnerTextAsync("main .error"));
        Assert.DoesNotContain(await app.Get<ReportStore>().ListAsync(AdminApp.OtherDistrict), r => r.IsDraft);
        Assert.Equal(2, await page.Locator("section.report").CountAsync());
    }

    [Fact]
    public async Task A_reader_sees_the_reports_but_no_compile_button()
    {
        var storage = TestStorage.Options(azurite);
        await using var harness = await ReportScenario.AtFirstReportAsync(azurite, storage, AdminApp.District);
        await using var app = await AdminApp.StartAsync(azurite, storage);
        var page = await app.SignInAsync(AdminApp.ReaderKey);

        await page.GotoAsync("/manage/reports");

        Assert.Equal(2, await page.Locator("section.report").CountAsync());
        Assert.Equal(0, await page.Locator("button.compile").CountAsync());
    }

    private static ILocator Round(IPage page, string round) =>
        page.Locator($"section.report[data-district='{AdminApp.District}'][data-round='{round}']");

    private static async Task<string?> StatusAsync(IPage page, string round) => await Round(page, round).GetAttributeAsync("data-status");
}
