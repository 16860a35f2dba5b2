using System.Net;
using AngleSharp.Html.Parser;
using ItaWorkflow.Reports;
using ItaWorkflow.Tests.Admin;
using ItaWorkflow.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ItaWorkflow.Tests.Reports;

[Collection(AzuriteCollection.Name)]
public sealed class PublicReportPageTests(Azurite azurite)
{
    private static readonly string Path = PublicReportEndpoints.PathOf(AdminApp.District, ReportScenario.FiscalYear, ReportRound.FirstHalf);

    [Fact]
    public void The_public_address_is_readable_and_percent_encodes_the_thai_district()
    {
        Assert.Equal("/p/%E0%B8%9A%E0%B8%B2%E0%B8%87%E0%B9%80%E0%B8%82%E0%B8%99/2567/first-half", PublicReportEndpoints.PathOf("บางเขน", 2567, ReportRound.FirstHalf));
        Assert.Equal("/p/%E0%B8%9A%E0%B8%B2%E0%B8%87%E0%B9%80%E0%B8%82%E0%B8%99/2568/full-year", PublicReportEndpoints.PathOf("บางเขน", 2568, ReportRound.FullYear));
    }

    [Fact]
    public async Task Only_a_published_report_is_served_at_its_public_address_and_without_sign_in()
    {
        var storage = TestStorage.Options(azurite);
        await using var harness = await ReportScenario.AtFirstReportAsync(azurite, storage, AdminApp.District);
        await using var app = await AdminApp.StartAsync(azurite, storage);
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };

        using var inReview = await http.GetAsync(Path);
        using var inReviewFile = await http.GetAsync(Path + "/report-first-half-2567.docx");
        await ReportScenario.ForwardAsync(harness, AdminApp.District);
        using var withDirector = await http.GetAsync(Path);
        await ReportScenario.ApproveAsync(harness, AdminApp.District);
        using var published = await http.GetAsync(Path);
        using var docx = await http.GetAsync(Path + "/report-first-half-2567.docx");
        using var xlsx = await http.GetAsync(Path + "/report-first-half-2567.xlsx");
        using var draftName = await http.GetAsync(Path + "/draft-first-half-2567.xlsx");
        using var fullYear = await http.GetAsync(PublicReportEndpoints.PathOf(AdminApp.District, ReportScenario.FiscalYear, ReportRound.FullYear));
        using var otherDistrict = await http.GetAsync(PublicReportEndpoints.PathOf(AdminApp.OtherDistrict, ReportScenario.FiscalYear, ReportRound.FirstHalf));
        using var badRound = await http.GetAsync(Path.Replace("first-half", "6", StringComparison.Ordinal));

        Assert.Equal(
            [HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK,
                HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            new[] { inReview, inReviewFile, withDirector, published, docx, xlsx, draftName, fullYear, otherDistrict, badRound }.Select(r => r.StatusCode));
        Assert.Equal(ReportDocxWriter.ContentType, docx.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", published.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", published.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", published.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(published.Headers.Contains("Set-Cookie"));

        var html = await published.Content.ReadAsStringAsync();
        var document = new HtmlParser().ParseDocument(html);
        Assert.Contains(ReportScenario.Result, document.Body!.TextContent);
        Assert.DoesNotContain("<b>", html);
        var hrefs = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(ReportScenario.PublicEvidence, hrefs);
        Assert.All(hrefs, href => Assert.True(href.StartsWith(Path + "/", StringComparison.Ordinal) || PublicLink.IsPublic(href), href));
        foreach (var hidden in new[] { "/manage", "blob.core.windows.net", "devstoreaccount1", "/l/", ReportScenario.PlanId(AdminApp.District) })
        {
            Assert.DoesNotContain(hidden, html);
        }
    }

    [Fact]
    public async Task Uploaded_evidence_of_a_published_report_is_reachable_from_its_page_and_nothing_else_is()
    {
        var storage = TestStorage.Options(azurite);
        await using var harness = await ReportScenario.AtFirstReportAsync(azurite, storage, AdminApp.District);
        await using var app = await AdminApp.StartAsync(azurite, storage);
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        await ReportScenario.ForwardAsync(harness, AdminApp.District);
        var workbook = (await ReportScenario.PlanAsync(harness, AdminApp.District)).Report(ReportRound.FirstHalf).XlsxBlob!;
        var inWorkbook = (await app.Get<ReportStore>().ReadRowsAsync(workbook))!.Single(r => r.MeasureId == "M01").EvidenceLinks.Split('\n')
            .Where(l => l.Contains("/evidence/", StringComparison.Ordinal)).Select(l => new Uri(l)).ToList();
        using var beforePublished = await http.GetAsync(inWorkbook[^1].PathAndQuery);
        await ReportScenario.ApproveAsync(harness, AdminApp.District);

        var document = new HtmlParser().ParseDocument(await http.GetStringAsync(Path));
        var photoLinks = document.QuerySelectorAll("a[href]").Where(a => a.TextContent == ReportScenario.PhotoName).Select(a => new Uri(a.GetAttribute("href")!)).ToList();
        Assert.NotEmpty(photoLinks);
        Assert.Equal(inWorkbook, photoLinks);
        Assert.All(photoLinks, link => Assert.StartsWith(ReportScenario.PublicBaseUrl + Path + "/evidence/M01/", link.AbsoluteUri, StringComparison.Ordinal));
        using var photo = await http.GetAsync(photoLinks[^1].PathAndQuery);
        using var otherIndex = await http.GetAsync(photoLinks[^1].PathAndQuery.Replace("/3/", "/0/", StringComparison.Ordinal));
        using var otherMeasure = await http.GetAsync(photoLinks[^1].PathAndQuery.Replace("/M01/", "/M02/", StringComparison.Ordinal));
        using var fullYear = await http.GetAsync(photoLinks[^1].PathAndQuery.Replace("/first-half/", "/full-year/", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, beforePublished.StatusCode);
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal(ReportScenario.Photo, await photo.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", photo.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(
            [HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            new[] { otherIndex, otherMeasure, fullYear }.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task The_public_page_fits_a_phone_and_a_desktop()
    {
        var storage = TestStorage.Options(azurite);
        await using var harness = await ReportScenario.AtFirstReportAsync(azurite, storage, AdminApp.District);
        await ReportScenario.ForwardAsync(harness, AdminApp.District);
        await ReportScenario.ApproveAsync(harness, AdminApp.District);
        await using var app = await AdminApp.StartAsync(azurite, storage);

        foreach (var (width, height, name) in new[] { (390, 844, "public-report-phone"), (1366, 900, "public-report-desktop") })
        {
            var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, ViewportSize = new() { Width = width, Height = height } });
            var page = await context.NewPageAsync();
            var response = await page.GotoAsync(Path);
            Assert.Equal(200, response!.Status);
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{name} scrolls sideways");
            await AdminApp.ScreenshotAsync(page, name);
            await context.CloseAsync();
        }
    }
}
