using System.Diagnostics;
using Azure;
using Azure.Core;
using Azure.Data.Tables;
using ItaWorkflow.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace ItaWorkflow.Tests.Hosting;

public sealed class TelemetryExtensionsTests : IAsyncLifetime
{
    private readonly RecordingActivityProcessor recorder = new();
    private WebApplication app = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddTelemetry();
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(recorder));
        app = builder.Build();
        app.MapGet("/healthz", () => TypedResults.Ok("ok"));
        app.MapGet("/measures/{id}", (string id) =>
        {
            using var step = AppTelemetry.Source.StartActivity("LoadMeasure");
            step?.SetTag("ita.measure_id", id);
            return TypedResults.Ok(id);
        });
        await app.StartAsync();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_request_produces_a_server_span_an_http_client_span_and_the_app_span_inside_it()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        using var response = await http.GetAsync("/measures/m-7");

        response.EnsureSuccessStatusCode();
        // Activity listeners are process-wide and other tests run in parallel: pick this request's spans.
        var server = await recorder.WaitForAsync(a => a.Kind == ActivityKind.Server && a.GetTagItem("url.path") as string == "/measures/m-7");
        var client = await recorder.WaitForAsync(a => a.Kind == ActivityKind.Client && a.TraceId == server.TraceId);
        var step = await recorder.WaitForAsync(a => a.Source.Name == AppTelemetry.SourceName && a.TraceId == server.TraceId);
        Assert.Equal("GET /measures/{id}", server.DisplayName);
        Assert.Equal(client.TraceId, server.TraceId);
        Assert.Equal(server.SpanId, step.ParentSpanId);
        Assert.Equal("m-7", step.GetTagItem("ita.measure_id"));
    }

    [Fact]
    public async Task Health_probes_are_not_traced()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        using var probe = await http.GetAsync("/healthz");
        using var real = await http.GetAsync("/measures/m-8");

        probe.EnsureSuccessStatusCode();
        await recorder.WaitForAsync(a => a.Kind == ActivityKind.Server && a.GetTagItem("url.path") as string == "/measures/m-8");
        Assert.DoesNotContain(recorder.Ended, a => a.Kind == ActivityKind.Server && a.GetTagItem("url.path") as string == "/healthz");
    }

    [Fact]
    public async Task Azure_storage_calls_are_traced_through_the_azure_activity_source()
    {
        // Nothing listens on port 1: the call fails at once, but the SDK still opens and closes its span.
        var options = new TableClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(5) } };
        var table = new TableClient(new Uri("http://127.0.0.1:1/devstoreaccount1/Instances"), new AzureSasCredential("sv=x"), options);

        await Assert.ThrowsAnyAsync<RequestFailedException>(() => table.GetEntityIfExistsAsync<TableEntity>("p", "r"));

        // Other tests' storage calls are traced too (listeners are process-wide): pick the one to port 1.
        var span = await recorder.WaitForAsync(a => a.Source.Name.StartsWith("Azure.", StringComparison.Ordinal) && a.Status == ActivityStatusCode.Error
            && a.TagObjects.Any(t => t.Value?.ToString()?.Contains("127.0.0.1:1/", StringComparison.Ordinal) == true || t.Value?.ToString() == "1"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
    }
}
