using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ItaWorkflow.Tests.Notifications;

/// <summary>A loopback HTTP server that records every request and answers with <see cref="NextStatus"/> (default 202).</summary>
public sealed class FakeMailServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeMailServer(WebApplication app)
    {
        this.app = app;
    }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int NextStatus { get; set; } = 202;

    /// <summary>JSON bodies to answer GET requests with, by path.</summary>
    public Dictionary<string, string> JsonByPath { get; } = [];

    public string Url => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<FakeMailServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeMailServer(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            server.Requests.Enqueue(new RecordedRequest(
                context.Request.Method, context.Request.Path.Value ?? "", context.Request.Headers.Authorization.ToString(), body));
            if (server.JsonByPath.TryGetValue(context.Request.Path.Value ?? "", out var json))
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(json);
                return;
            }

            context.Response.StatusCode = server.NextStatus;
            if (server.NextStatus < 300)
            {
                context.Response.Headers["X-Message-Id"] = "fake-" + server.Requests.Count;
            }
            else
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"error\":{\"code\":\"ErrorInvalidRecipients\",\"message\":\"refused\"},\"errors\":[{\"message\":\"refused\"}]}");
            }
        });
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
