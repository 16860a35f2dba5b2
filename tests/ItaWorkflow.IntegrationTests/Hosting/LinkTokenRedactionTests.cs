using System.Diagnostics;
using System.Net;
using ItaWorkflow.Directories;
using ItaWorkflow.Hosting;
using ItaWorkflow.Links;
using ItaWorkflow.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace ItaWorkflow.Tests.Hosting;

[Collection(AzuriteCollection.Name)]
public sealed class LinkTokenRedactionTests(Azurite azurite)
{
    [Fact]
    public async Task A_link_token_appears_in_no_log_line_scope_exception_or_span()
    {
        var logs = new RecordingLoggerProvider();
        var spans = new RecordingActivityProcessor();
        await using var app = await StartAsync(logs, spans);
        var token = app.Services.GetRequiredService<LinkSigner>().Sign(
            new LinkClaims("ทดสอบ-2567-M01", "progress", DirectoryRole.Division, "division@example.go.th", "ฝ่ายทะเบียน", 1, DateTimeOffset.UtcNow.AddDays(30)));
        using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        using var page = await http.GetAsync("/l/" + token);
        using var file = await http.GetAsync($"/l/{token}/file?name=x.png");
        using var upperCase = await http.GetAsync("/L/" + token);
        using var failing = await http.GetAsync($"/l/{token}/fail");

        Assert.Equal(HttpStatusCode.InternalServerError, failing.StatusCode);
        var server = await spans.WaitForAsync(a => a.Kind == ActivityKind.Server && a.GetTagItem("url.path") as string == "/l/<redacted>/fail");
        await spans.WaitForAsync(a => a.Kind == ActivityKind.Client && a.TraceId == server.TraceId);
        Assert.Contains(logs.Texts, t => t.Contains("Request starting", StringComparison.Ordinal) && t.Contains(LinkTokenRedactor.Replacement, StringComparison.Ordinal));
        Assert.Contains(logs.Texts, t => t.Contains("refused link", StringComparison.Ordinal) && t.Contains(nameof(InvalidOperationException), StringComparison.Ordinal));
        var secrets = token.Split('.').Skip(1).Append(token).ToList();
        foreach (var text in logs.Texts)
        {
            Assert.DoesNotContain(secrets, text.Contains);
        }

        foreach (var span in spans.Ended)
        {
            var texts = new[] { span.DisplayName, span.StatusDescription ?? "" }
                .Concat(span.TagObjects.Select(t => t.Value?.ToString() ?? ""))
                .Concat(span.Events.SelectMany(e => e.Tags.Select(t => t.Value?.ToString() ?? "")));
            Assert.DoesNotContain(texts, text => secrets.Any(text.Contains));
        }
    }

    [Theory]
    [InlineData("GET /l/k1.eyJhIjoxfQ.c2ln", "GET /l/<redacted>")]
    [InlineData("http://localhost:7071/l/k1.eyJ.sig/file?name=a.png", "http://localhost:7071/l/<redacted>/file?name=a.png")]
    [InlineData("RequestPath:/L/k1.abc RequestId:1", "RequestPath:/l/<redacted> RequestId:1")]
    [InlineData("/manage/instances/x", "/manage/instances/x")]
    public void Redact_replaces_the_token_segment_only(string text, string expected) =>
        Assert.Equal(expected, LinkTokenRedactor.Redact(text));

    private async Task<WebApplication> StartAsync(RecordingLoggerProvider logs, RecordingActivityProcessor spans)
    {
        var storage = TestStorage.Options(azurite);
        var app = WebApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
            builder.Logging.AddProvider(logs);
            builder.Configuration.AddInMemoryCollection(TestSettings.For(storage, "admin-key-for-link-tests-0123456789"));
            builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(spans));
        });
        // A page that fails with the token in its exception message, as a careless handler might.
        app.MapGet("/l/{token}/fail", (string token) => TypedResults.Text(Fail(token)));
        await app.Services.GetRequiredService<ItaWorkflow.Storage.StorageClients>().EnsureCreatedAsync();
        await app.StartAsync();
        return app;
    }

    private static string Fail(string token) => throw new InvalidOperationException($"refused link /l/{token} for this request");
}
