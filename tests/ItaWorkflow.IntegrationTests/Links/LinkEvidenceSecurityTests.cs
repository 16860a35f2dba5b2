using System.Net;
using System.Security.Cryptography;
using System.Text;
using ItaWorkflow.Links;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using static ItaWorkflow.Tests.Notifications.NotifyTestSetup;

namespace ItaWorkflow.Tests.Links;

/// <summary>Attacks on the evidence download and the link pages: traversal names, removed divisions, oversized posts, stored script URLs, headers.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LinkEvidenceSecurityTests(Azurite azurite)
{
    private static readonly byte[] Secret = "SECRET of another district"u8.ToArray();

    private static Dictionary<string, string> Progress(string result, string urls = "") => new()
    {
        ["action"] = "progress", ["status"] = "InProgress", ["percent"] = "40", ["result"] = result, ["problems"] = "", ["urls"] = urls,
    };

    /// <summary>Measure A with an uploaded photo reviewed by the director; measure B and the reports container each hold a secret blob.</summary>
    private static async Task<(LinkTestApp App, string Review, string Progress, string InstanceId, string OtherBlob, string ReportBlob)> StartWithEvidenceAsync(Azurite azurite)
    {
        var app = await LinkTestApp.StartAsync(azurite, SampleMeasures.FiscalYearStart);
        var id = await app.StartMeasureAsync(SampleMeasures.Measure("M01"));
        var other = await app.StartMeasureAsync(SampleMeasures.Measure("M02", 1, SampleMeasures.Finance));
        await app.PostAsync(app.LinkOf(RegistryMail, "มอบหมายมาตรการ"), new Dictionary<string, string> { ["action"] = "acknowledge" });
        await app.Harness.DrainAsync();
        var progress = app.LinkOf(RegistryMail, "ขอรายงานผลการดำเนินการ");
        var (submitted, _) = await app.PostAsync(progress, Progress("ดำเนินการแล้ว"), [("photo.png", LinkTestApp.Png)]);
        Assert.Equal(HttpStatusCode.OK, submitted);
        await app.Harness.DrainAsync();

        var otherBlob = EvidenceBlobName.Create(other, 0, Guid.NewGuid(), "secret.png").Value;
        await app.Harness.Storage.Container(StorageNames.Evidence).GetBlobClient(otherBlob).UploadAsync(BinaryData.FromBytes(Secret));
        var reports = app.Harness.Storage.Container(StorageNames.Reports);
        await reports.CreateIfNotExistsAsync();
        await reports.GetBlobClient("secret.txt").UploadAsync(BinaryData.FromBytes(Secret), overwrite: true);
        return (app, app.LinkOf(Director, "ได้รับรายงานผล"), progress, id, otherBlob, reports.Name + "/secret.txt");
    }

    [Fact]
    public async Task Traversal_names_outside_the_instance_are_refused_plain_and_percent_encoded()
    {
        var (app, review, _, id, otherBlob, reportBlob) = await StartWithEvidenceAsync(azurite);
        await using var _ = app;
        var names = new[]
        {
            $"{id}/../{otherBlob}",
            $"{id}/0/../../{otherBlob}",
            $"{id}/../../{reportBlob}",
            $"{id}/..%2f{otherBlob}",
            $"{id}/..%2F..%2F{reportBlob}",
            $"{id}/%2e%2e/{otherBlob}",
            $"{id}/%2e%2e%2f%2e%2e%2f{reportBlob}",
            $"{id}/..\\{otherBlob}",
        };

        foreach (var name in names)
        {
            // Each name both as the server receives it (escaped once) and as typed in the address bar (the server decodes it).
            foreach (var query in new[] { Uri.EscapeDataString(name), name })
            {
                using var response = await app.Http.GetAsync($"{review}/file?name={query}");
                var body = await response.Content.ReadAsByteArrayAsync();
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{query}: {(int)response.StatusCode}");
                Assert.False(body.AsSpan().IndexOf(Secret) >= 0, query);
            }
        }

        Assert.Empty(app.ServerErrors);
    }

    [Fact]
    public async Task A_well_formed_name_the_measure_does_not_reference_is_not_served()
    {
        var (app, review, _, id, _, _) = await StartWithEvidenceAsync(azurite);
        await using var _ = app;
        var orphan = EvidenceBlobName.Create(id, 0, Guid.NewGuid(), "orphan.png").Value;
        await app.Harness.Storage.Container(StorageNames.Evidence).GetBlobClient(orphan).UploadAsync(BinaryData.FromBytes(Secret));

        using var response = await app.Http.GetAsync($"{review}/file?name={Uri.EscapeDataString(orphan)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_measures_own_file_downloads_as_an_attachment_with_its_name_and_security_headers()
    {
        var (app, review, _, _, _, _) = await StartWithEvidenceAsync(azurite);
        await using var _ = app;
        var (_, page) = await app.GetAsync(review);
        var href = page.QuerySelectorAll("a").Single(a => a.TextContent == "photo.png").GetAttribute("href")!;

        using var response = await app.Http.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LinkTestApp.Png, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("photo.png", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Link_pages_send_the_security_headers_on_get_and_post_and_allow_their_own_style_only()
    {
        await using var app = await LinkTestApp.StartAsync(azurite, SampleMeasures.FiscalYearStart);
        await app.StartMeasureAsync(SampleMeasures.Measure());
        var ack = app.LinkOf(RegistryMail, "มอบหมายมาตรการ");

        using var get = await app.Http.GetAsync(ack);
        var html = await get.Content.ReadAsStringAsync();
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("acknowledge"), "action" } };
        using var post = await app.Http.PostAsync(ack, form);

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        AssertSecurityHeaders(get);
        AssertSecurityHeaders(post);
        var style = html[(html.IndexOf("<style>", StringComparison.Ordinal) + 7)..html.IndexOf("</style>", StringComparison.Ordinal)];
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)));
        Assert.Contains($"style-src 'sha256-{hash}'", get.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task A_stored_javascript_url_is_shown_as_text_not_as_a_link()
    {
        await using var app = await LinkTestApp.StartAsync(azurite, SampleMeasures.FiscalYearStart);
        var id = await app.StartMeasureAsync(SampleMeasures.Measure());
        await app.Harness.Client.RaiseEventAsync(id, new EventEnvelope(new DivisionAcknowledged(SampleMeasures.Registry), "test"));
        await app.Harness.DrainAsync();
        // Straight through the engine, as state written before URLs were checked would hold it.
        var raised = await app.Harness.Client.RaiseEventAsync(id, new EventEnvelope(
            new ProgressSubmitted(0, SampleMeasures.Registry, WorkStatus.InProgress, 10, "ผล", "",
                [new Evidence("javascript:alert(1)", null, "javascript:alert(1)", null, 0), new Evidence("https://district.example/a", null, "https://district.example/a", null, 0)]),
            "test"));
        Assert.True(raised.Succeeded, raised.Reason);
        await app.Harness.DrainAsync();

        using var response = await app.Http.GetAsync(app.LinkOf(Director, "ได้รับรายงานผล"));
        var html = await response.Content.ReadAsStringAsync();
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("javascript:alert(1)", page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='https://district.example/a']"));
    }

    [Fact]
    public async Task A_division_reassigned_away_can_neither_open_its_link_nor_download_files()
    {
        var (app, review, progress, id, _, _) = await StartWithEvidenceAsync(azurite);
        await using var _ = app;
        var (_, reviewPage) = await app.GetAsync(review);
        var name = reviewPage.QuerySelectorAll("a").Single(a => a.TextContent == "photo.png").GetAttribute("href")!.Split("name=")[1];
        Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync($"{progress}/file?name={name}")).StatusCode);

        var moved = await app.Harness.Client.RaiseEventAsync(id, new EventEnvelope(new DivisionReassigned(SampleMeasures.Registry, SampleMeasures.Finance, "ย้ายงาน"), "admin"));
        Assert.True(moved.Succeeded, moved.Reason);

        var (pageStatus, page) = await app.GetAsync(progress);
        using var file = await app.Http.GetAsync($"{progress}/file?name={name}");
        Assert.Equal(HttpStatusCode.Forbidden, pageStatus);
        Assert.Contains("ไม่ได้รับผิดชอบมาตรการนี้แล้ว", page.Body!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, file.StatusCode);
        Assert.DoesNotContain("ดำเนินการแล้ว", page.Body.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync($"{review}/file?name={name}")).StatusCode);
    }

    [Theory]
    [InlineData("acknowledge")]
    [InlineData("review")]
    public async Task A_megabyte_post_to_a_link_without_uploads_is_refused_as_too_large_in_Thai(string task)
    {
        var (app, review, _, _, _, _) = await StartWithEvidenceAsync(azurite);
        await using var _ = app;
        var link = task == "review" ? review : app.LinkOf(RegistryMail, "มอบหมายมาตรการ");
        var token = await app.FormTokenAsync(link);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token ?? ""), "__RequestVerificationToken" },
            { new StringContent("approve"), "action" },
            { new ByteArrayContent(new byte[1024 * 1024]), "files", "big.png" },
        };

        // The server refuses before reading the body; with 100-continue the client waits for that answer instead of
        // racing the connection close with the rest of its upload (a broken pipe on a busy machine).
        using var request = new HttpRequestMessage(HttpMethod.Post, link) { Content = form };
        request.Headers.ExpectContinue = true;
        using var response = await app.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("มีขนาดใหญ่เกินไป", body);
        Assert.Empty(app.ServerErrors);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        foreach (var directive in new[] { "default-src 'none'", "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'" })
        {
            Assert.Contains(directive, csp);
        }

        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.CacheControl!.NoStore);
    }
}
