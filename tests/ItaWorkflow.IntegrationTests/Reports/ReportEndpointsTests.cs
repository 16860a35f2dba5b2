using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using ItaWorkflow.Admin;
using ItaWorkflow.Hosting;
using ItaWorkflow.Reports;
using ItaWorkflow.Tests.Admin;
using ItaWorkflow.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Tests.Reports;

[Collection(AzuriteCollection.Name)]
public sealed class ReportEndpointsTests(Azurite azurite)
{
    [Fact]
    public async Task Admin_lists_and_downloads_a_generated_report()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var files = await new ReportStore(storage).SaveAsync(ReportFixtures.BangKhenReport());
        await using var app = await StartAsync(storage);
        using var client = app.GetTestClient();

        var listed = await client.GetFromJsonAsync<JsonElement>("/manage/reports/files?district=" + Uri.EscapeDataString("บางเขน"));
        using var download = await client.GetAsync("/manage/reports/file?name=" + Uri.EscapeDataString(files.DocxBlobName));

        Assert.Equal([files.DocxBlobName, files.XlsxBlobName], listed.EnumerateArray().Select(r => r.GetProperty("blobName").GetString()));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(ReportDocxWriter.ContentType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("report-first-half-2567.docx", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var document = WordprocessingDocument.Open(new MemoryStream(await download.Content.ReadAsByteArrayAsync()), false);
        Assert.StartsWith(ReportText.Title, document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downloading_a_report_that_does_not_exist_is_not_found()
    {
        await using var app = await StartAsync(await TestStorage.CreateAsync(azurite));
        using var client = app.GetTestClient();

        using var response = await client.GetAsync("/manage/reports/file?name=" + Uri.EscapeDataString("บางเขน/2567/full-year/report-full-year-2567.xlsx"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_district_admin_lists_only_their_own_districts_reports()
    {
        await using var app = await StartAppAsync();
        var (own, other) = await SaveBothDistrictsAsync(app);
        using var client = app.GetTestClient();

        var unfiltered = await ListAsync(client, DistrictAdmin, "/manage/reports/files");
        var asksForOther = await ListAsync(client, DistrictAdmin, "/manage/reports/files?district=" + Uri.EscapeDataString(OtherDistrict));

        Assert.Equal([own.DocxBlobName, own.XlsxBlobName], unfiltered);
        Assert.Equal([own.DocxBlobName, own.XlsxBlobName], asksForOther);
        Assert.DoesNotContain(other.DocxBlobName, unfiltered);
    }

    [Fact]
    public async Task A_district_admin_cannot_download_another_districts_report_by_name()
    {
        await using var app = await StartAppAsync();
        var (own, other) = await SaveBothDistrictsAsync(app);
        using var client = app.GetTestClient();

        using var ownDownload = await SendAsync(client, DistrictAdmin, "/manage/reports/file?name=" + Uri.EscapeDataString(own.XlsxBlobName));
        using var otherDownload = await SendAsync(client, DistrictAdmin, "/manage/reports/file?name=" + Uri.EscapeDataString(other.XlsxBlobName));
        using var otherWithOwnDistrictQuery = await SendAsync(
            client, DistrictAdmin, $"/manage/reports/file?district={Uri.EscapeDataString(OwnDistrict)}&name={Uri.EscapeDataString(other.DocxBlobName)}");

        Assert.Equal(HttpStatusCode.OK, ownDownload.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherDownload.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherWithOwnDistrictQuery.StatusCode);
    }

    [Theory]
    [InlineData("../บางรัก/2567/first-half/report-first-half-2567.docx")]
    [InlineData("ทดสอบ/../บางรัก/2567/first-half/report-first-half-2567.docx")]
    [InlineData("../2567/first-half/report-first-half-2567.docx")]
    [InlineData("/บางรัก/2567/first-half/report-first-half-2567.docx")]
    [InlineData("ทดสอบ%2f..%2fบางรัก/2567/first-half/report-first-half-2567.docx")]
    [InlineData("..%2fบางรัก/2567/first-half/report-first-half-2567.docx")]
    [InlineData("บางรัก\\..\\x/2567/first-half/report-first-half-2567.docx")]
    [InlineData("บางรัก/02567/first-half/report-first-half-2567.docx")]
    public async Task Traversal_or_malformed_report_names_are_refused_even_for_a_central_admin(string name)
    {
        await using var app = await StartAppAsync();
        await SaveBothDistrictsAsync(app);
        using var client = app.GetTestClient();

        using var response = await SendAsync(client, CentralAdmin, "/manage/reports/file?name=" + Uri.EscapeDataString(name));

        Assert.Null(ReportStore.Parse(name));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_central_admin_and_a_reader_see_and_download_every_districts_reports()
    {
        await using var app = await StartAppAsync();
        var (own, other) = await SaveBothDistrictsAsync(app);
        using var client = app.GetTestClient();

        var central = await ListAsync(client, CentralAdmin, "/manage/reports/files");
        var reader = await ListAsync(client, Reader, "/manage/reports/files");
        using var download = await SendAsync(client, Reader, "/manage/reports/file?name=" + Uri.EscapeDataString(own.DocxBlobName));

        string[] all = [.. new[] { own.DocxBlobName, own.XlsxBlobName, other.DocxBlobName, other.XlsxBlobName }.Order(StringComparer.Ordinal)];
        Assert.Equal(all, central);
        Assert.Equal(all, reader);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
    }

    private const string OwnDistrict = "ทดสอบ";
    private const string OtherDistrict = "บางรัก";

    private static readonly string DistrictAdmin =
        AdminUnitTests.Principal(("name", "td"), ("roles", AdminRoles.DistrictAdmin), (AdminRoles.DistrictClaim, OwnDistrict));

    private static readonly string CentralAdmin = AdminUnitTests.Principal(("name", "central"), ("roles", AdminRoles.CentralAdmin));

    private static readonly string Reader = AdminUnitTests.Principal(("name", "reader"), ("roles", AdminRoles.Reader));

    private static async Task<(StoredReportFiles Own, StoredReportFiles Other)> SaveBothDistrictsAsync(WebApplication app)
    {
        var store = app.Services.GetRequiredService<ReportStore>();
        var own = await store.SaveAsync(ReportFixtures.BangKhenReport() with { District = OwnDistrict });
        var other = await store.SaveAsync(ReportFixtures.BangKhenReport() with { District = OtherDistrict });
        return (own, other);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string principal, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        return await client.SendAsync(request);
    }

    private static async Task<string[]> ListAsync(HttpClient client, string principal, string path)
    {
        using var response = await SendAsync(client, principal, path);
        response.EnsureSuccessStatusCode();
        var listed = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. listed.EnumerateArray().Select(r => r.GetProperty("blobName").GetString()!)];
    }

    private async Task<WebApplication> StartAppAsync()
    {
        var app = WebApp.Build(
        [
            "--environment=Development", "--Admin:TrustAppServicePrincipal=true",
            "--Storage:ConnectionString=" + azurite.ConnectionString, "--Storage:Prefix=t" + Guid.NewGuid().ToString("N")[..10],
        ], builder => builder.WebHost.UseTestServer());
        await app.Services.GetRequiredService<ItaWorkflow.Storage.StorageClients>().EnsureCreatedAsync();
        await app.StartAsync();
        return app;
    }

    private static async Task<WebApplication> StartAsync(ItaWorkflow.Storage.StorageClients storage)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(storage);
        builder.Services.AddReports();
        var app = builder.Build();
        app.MapGroup("").MapReportFiles();
        await app.StartAsync();
        return app;
    }
}
