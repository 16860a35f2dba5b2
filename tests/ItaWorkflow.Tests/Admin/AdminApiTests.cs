using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ItaWorkflow.Admin;
using ItaWorkflow.Hosting;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Tests.Admin;

[Collection(AzuriteCollection.Name)]
public sealed class AdminApiTests(Azurite azurite)
{
    private static readonly string PathumWan = Path.Combine(Azurite.RepoRoot, "..", "shared", "seeds", "pathum-wan-fy2566-analysis-and-measures.txt");

    [Fact]
    public async Task The_import_api_needs_an_admin_who_may_act_and_then_returns_the_draft_with_findings()
    {
        await using var app = WebApp.Build(
        [
            "--environment=Development", "--Admin:TrustAppServicePrincipal=true",
            "--Storage:ConnectionString=" + azurite.ConnectionString, "--Storage:Prefix=t" + Guid.NewGuid().ToString("N")[..10],
        ], builder => builder.WebHost.UseTestServer());
        await app.Services.GetRequiredService<StorageClients>().EnsureCreatedAsync();
        await app.StartAsync();
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

    private static HttpRequestMessage Upload()
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(File.ReadAllBytes(PathumWan));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        content.Add(file, "file", "pathum-wan.txt");
        return new HttpRequestMessage(HttpMethod.Post, "/api/plans/import?district=ปทุมวัน&fiscalYear=2566&dryRun=true") { Content = content };
    }
}
