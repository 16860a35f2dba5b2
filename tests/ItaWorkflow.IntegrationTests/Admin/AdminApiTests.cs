using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ItaWorkflow.Workflow;
using ItaWorkflow.Admin;
using ItaWorkflow.Directories;
using ItaWorkflow.Hosting;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Workflow.Engine;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Tests.Admin;

[Collection(AzuriteCollection.Name)]
public sealed class AdminApiTests(Azurite azurite)
{
    private static readonly string PathumWan = Path.Combine(Azurite.RepoRoot, "samples", "seeds", "pathum-wan-fy2566-analysis-and-measures.txt");

    [Fact]
    public async Task The_import_api_needs_an_admin_who_may_act_and_then_returns_the_draft_with_findings()
    {
        await using var app = await StartAppAsync();
        var http = app.GetTestClient();

        using var anonymous = await http.SendAsync(Upload());
        var reader = Upload();
        reader.Headers.Add("X-MS-CLIENT-PRINCIPAL", AdminUnitTests.Principal(("name", "reader"), ("roles", AdminRoles.Reader)));
        using var readOnly = await http.SendAsync(reader);
        var admin = Upload();
        admin.Headers.Add("X-MS-CLIENT-PRINCIPAL", AdminUnitTests.Principal(("name", "central"), ("roles", AdminRoles.CentralAdmin)));
        using var accepted = await http.SendAsync(admin);

        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readOnly.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        using var draft = JsonDocument.Parse(await accepted.Content.ReadAsStringAsync());
        Assert.Equal(11, draft.RootElement.GetProperty("measures").GetArrayLength());
        Assert.True(draft.RootElement.GetProperty("findings").GetArrayLength() > 0);
        await app.StopAsync();
    }

    [Fact]
    public async Task A_district_admin_imports_and_confirms_plans_of_their_own_district_only()
    {
        await using var app = await StartAppAsync();
        var http = app.GetTestClient();
        var principal = AdminUnitTests.Principal(("name", "nk"), ("roles", AdminRoles.DistrictAdmin), (AdminRoles.DistrictClaim, "หนองแขม"));

        var other = Upload();
        other.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        using var otherImport = await http.SendAsync(other);
        var own = Upload("หนองแขม");
        own.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        using var ownImport = await http.SendAsync(own);
        using var confirmOther = new HttpRequestMessage(HttpMethod.Post, "/api/plans/ปทุมวัน/2566/confirm");
        confirmOther.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        using var otherConfirm = await http.SendAsync(confirmOther);

        Assert.Equal(HttpStatusCode.Forbidden, otherImport.StatusCode);
        Assert.Contains("เฉพาะเขตของตนเอง", await otherImport.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, otherConfirm.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownImport.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task A_district_admin_edits_their_directory_with_bad_input_kept_and_cannot_touch_another_district()
    {
        await using var app = await StartAppAsync();
        var http = app.GetTestClient();
        var store = app.Services.GetRequiredService<IDirectoryStore>();
        var principal = AdminUnitTests.Principal(("name", "nk"), ("roles", AdminRoles.DistrictAdmin), (AdminRoles.DistrictClaim, "หนองแขม"));
        var (form, cookie) = await GetAsync(http, principal, "/manage/directory?district=หนองแขม");
        var token = form.QuerySelector("input[name=__af]")!.GetAttribute("value")!;
        var bad = new Dictionary<string, string>
        {
            ["rows"] = "1", ["name-0"] = "ฝ่ายทะเบียน <b>", ["emails-0"] = "not-an-email", ["director-emails"] = "director@nongkhaem.example",
        };

        using var refused = await http.SendAsync(Post(principal, token, cookie, "หนองแขม", bad));
        var refusedPage = await Parse(refused);
        using var other = await http.SendAsync(Post(principal, token, cookie, "บางเขน", bad));
        using var saved = await http.SendAsync(Post(principal, token, cookie, "หนองแขม", new(bad) { ["emails-0"] = "registry@nongkhaem.example" }));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("อีเมล “not-an-email” ไม่ถูกต้อง", refusedPage.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("not-an-email", refusedPage.QuerySelector("#emails-0")!.GetAttribute("value"));
        Assert.Empty(refusedPage.QuerySelectorAll("textarea"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal("ฝ่ายทะเบียน <b>", Assert.Single((await store.GetAsync("หนองแขม", CancellationToken.None))!.Divisions).Name);
        Assert.Null(await store.GetAsync("บางเขน", CancellationToken.None));
        var (shown, _) = await GetAsync(http, principal, "/manage/directory?district=หนองแขม");
        Assert.Equal("ฝ่ายทะเบียน <b>", shown.QuerySelector("#name-0")!.GetAttribute("value"));
        Assert.Empty(shown.QuerySelectorAll("main b"));
        await app.StopAsync();
    }

    [Fact]
    public async Task Sorting_by_due_date_orders_the_whole_filtered_list_across_pages()
    {
        await using var app = await StartAppAsync();
        var http = app.GetTestClient();
        var dues = new[] { 5, 1, 6, 3, 0, 4, 2 };
        await IndexAsync(app, dues);
        var principal = AdminUnitTests.Principal(("name", "central"), ("roles", AdminRoles.CentralAdmin));

        var seen = new List<string>();
        var path = "/manage/instances?sort=due&size=3";
        var pages = 0;
        while (path is not null)
        {
            var (page, _) = await GetAsync(http, principal, path);
            Assert.Null(page.QuerySelector("#sort-note"));
            seen.AddRange(page.QuerySelectorAll("#instances tbody tr td:first-child").Select(td => td.TextContent));
            path = page.QuerySelector("#next-page")?.GetAttribute("href");
            Assert.True(++pages <= 3);
        }

        Assert.Equal(dues.Select((due, i) => (due, i)).OrderBy(d => d.due).Select(d => $"บางเขน-2567-M{d.i:D2}"), seen);
        await app.StopAsync();
    }

    [Fact]
    public async Task A_list_too_long_to_sort_whole_is_sorted_within_the_page_and_says_so()
    {
        await using var app = await StartAppAsync();
        await IndexAsync(app, [5, 1, 6, 3, 0, 4, 2]);
        var client = app.Services.GetRequiredService<WorkflowClient>();
        var filter = AdminListFilter.Parse(new QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues> { ["sort"] = "due", ["size"] = "3" }));
        var query = filter.ToQuery(AdminUser.From(new System.Security.Claims.ClaimsPrincipal()), DateTimeOffset.UnixEpoch);

        var whole = await InstanceListReader.ReadAsync(client, filter, query, CancellationToken.None, sortLimit: 7);
        var tooLong = await InstanceListReader.ReadAsync(client, filter, query, CancellationToken.None, sortLimit: 6);

        Assert.False(whole.SortedWithinPageOnly);
        Assert.Equal(["บางเขน-2567-M04", "บางเขน-2567-M01", "บางเขน-2567-M06"], whole.Items.Select(i => i.InstanceId));
        Assert.True(tooLong.SortedWithinPageOnly);
        Assert.Equal(["บางเขน-2567-M01", "บางเขน-2567-M00", "บางเขน-2567-M02"], tooLong.Items.Select(i => i.InstanceId));
        await app.StopAsync();
    }

    /// <summary>Index rows for measures of one district whose next due dates are the given days after a fixed date.</summary>
    private static async Task IndexAsync(WebApplication app, IReadOnlyList<int> dueDays)
    {
        var index = app.Services.GetRequiredService<InstanceIndex>();
        var start = new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.FromHours(7));
        for (var i = 0; i < dueDays.Count; i++)
        {
            var summary = new InstanceSummary($"มาตรการ {i}", "บางเขน", 2567, 1, ["ฝ่ายทะเบียน"], start.AddDays(dueDays[i]));
            await index.UpsertAsync(
                new InstanceRecord($"บางเขน-2567-M{i:D2}", "measure", 1, RuntimeStatus.Running, "AwaitingProgress", null, start, start, null, 1, 0, "{}",
                    summary, new Dictionary<string, AppliedEvent>(), [], null, null),
                CancellationToken.None);
        }
    }

    /// <summary>The real app on a test server, trusting App Service principal headers, with fresh storage.</summary>
    private async Task<WebApplication> StartAppAsync()
    {
        var app = WebApp.Build(
        [
            "--environment=Development", "--Admin:TrustAppServicePrincipal=true",
            "--Storage:ConnectionString=" + azurite.ConnectionString, "--Storage:Prefix=t" + Guid.NewGuid().ToString("N")[..10],
        ], builder => builder.WebHost.UseTestServer());
        await app.Services.GetRequiredService<StorageClients>().EnsureCreatedAsync();
        await app.StartAsync();
        return app;
    }

    private static async Task<(AngleSharp.Dom.IDocument Document, string Cookie)> GetAsync(HttpClient http, string principal, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        using var response = await http.SendAsync(request);
        var cookie = string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);
        return (await Parse(response), cookie);
    }

    private static async Task<AngleSharp.Dom.IDocument> Parse(HttpResponseMessage response) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    private static HttpRequestMessage Post(string principal, string token, string cookie, string district, Dictionary<string, string> fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/manage/directory")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(fields)
            {
                ["__af"] = token, ["district"] = district, ["reason"] = "ปรับรายชื่อ", ["confirm"] = "yes",
            }),
        };
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        request.Headers.Add("Cookie", cookie);
        return request;
    }

    private static HttpRequestMessage Upload(string district = "ปทุมวัน")
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(File.ReadAllBytes(PathumWan));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        content.Add(file, "file", "pathum-wan.txt");
        return new HttpRequestMessage(HttpMethod.Post, $"/api/plans/import?district={Uri.EscapeDataString(district)}&fiscalYear=2566&dryRun=true") { Content = content };
    }
}
