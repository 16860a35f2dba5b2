using System.Net;
using ItaWorkflow.Hosting;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Tests.Notifications;

[Collection(AzuriteCollection.Name)]
public sealed class DevMailViewerTests(Azurite azurite)
{
    [Fact]
    public async Task Dev_mail_is_hidden_from_callers_not_on_this_machine()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ita-devmail-" + Guid.NewGuid().ToString("N")));
        File.WriteAllText(Path.Combine(folder.FullName, "one.eml"), "Subject: test\r\n\r\nhttp://localhost/l/token");
        await using var app = WebApp.Build(
        [
            "--environment=Development", "--Email:Pickup:Folder=" + folder.FullName,
            "--Storage:ConnectionString=" + azurite.ConnectionString, "--Storage:Prefix=t" + Guid.NewGuid().ToString("N")[..10],
        ],
        builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Services.AddSingleton<IStartupFilter, TestRemoteAddressStartupFilter>();
        });
        await app.Services.GetRequiredService<StorageClients>().EnsureCreatedAsync();
        await app.StartAsync();
        var http = app.GetTestClient();

        var remote = await GetAsync(http, "/dev/mail", "203.0.113.5");
        var remoteFile = await GetAsync(http, "/dev/mail/one.eml", "203.0.113.5");
        var local = await GetAsync(http, "/dev/mail", "127.0.0.1");

        Assert.Equal(HttpStatusCode.NotFound, remote);
        Assert.Equal(HttpStatusCode.NotFound, remoteFile);
        Assert.Equal(HttpStatusCode.OK, local);
        await app.StopAsync();
        folder.Delete(recursive: true);
    }

    private static async Task<HttpStatusCode> GetAsync(HttpClient http, string path, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(TestRemoteAddressStartupFilter.Header, address);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
