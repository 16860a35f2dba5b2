using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using ItaWorkflow.Reports;
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

        var listed = await client.GetFromJsonAsync<JsonElement>("/manage/reports?district=" + Uri.EscapeDataString("บางเขน"));
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

    private static async Task<WebApplication> StartAsync(ItaWorkflow.Storage.StorageClients storage)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(storage);
        builder.Services.AddReports();
        var app = builder.Build();
        app.MapGroup("/manage").MapReportFiles();
        await app.StartAsync();
        return app;
    }
}
