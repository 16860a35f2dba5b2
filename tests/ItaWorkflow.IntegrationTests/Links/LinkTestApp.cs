using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ItaWorkflow.Workflow;
using ItaWorkflow.Domain;
using ItaWorkflow.Links;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Notifications;
using ItaWorkflow.Tests.Workflow;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ItaWorkflow.Tests.Links;

/// <summary>The engine with the real notifier, plus the link pages served on a loopback port and a cookie-keeping browser stand-in.</summary>
public sealed class LinkTestApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private LinkTestApp(WorkflowHarness harness, WebApplication app, bool inMemory)
    {
        Harness = harness;
        this.app = app;
        Http = inMemory
            ? new HttpClient(new CookieKeeper(app.GetTestServer().CreateHandler())) { BaseAddress = new Uri("http://localhost") }
            : new HttpClient(new SocketsHttpHandler
            {
                CookieContainer = new CookieContainer(),
                AllowAutoRedirect = false,
                // A request sent with 100-continue waits for the server's answer however busy the machine is.
                Expect100ContinueTimeout = TimeSpan.FromSeconds(30),
            })
            {
                BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()),
            };
    }

    /// <summary>The smallest file the evidence rules take as a PNG.</summary>
    public static byte[] Png { get; } = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    public WorkflowHarness Harness { get; }

    public HttpClient Http { get; }

    /// <summary>Exceptions the pages threw (a page must answer every bad request itself).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<Exception> ServerErrors { get; private init; } = new();

    /// <summary>The antiforgery token of the form on a page, as a browser holding the page would post it.</summary>
    public async Task<string?> FormTokenAsync(string path) =>
        (await GetAsync(path)).Page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

    public MemoryEmailSender Mail => Harness.Get<MemoryEmailSender>();

    /// <param name="inMemory">Serve through TestServer instead of a loopback port (for sweeps of thousands of requests).</param>
    public static async Task<LinkTestApp> StartAsync(Azurite azurite, DateTimeOffset start, Action<IServiceCollection>? configure = null, bool inMemory = false)
    {
        var harness = await NotifyTestSetup.CreateAsync(azurite, start, configure);
        var builder = WebApplication.CreateSlimBuilder();
        if (inMemory)
        {
            builder.WebHost.UseTestServer();
        }
        else
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }

        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(harness.Get<LinkSigner>());
        builder.Services.AddSingleton(harness.Get<WorkflowClient>());
        builder.Services.AddSingleton(harness.Get<EvidenceStore>());
        builder.Services.AddSingleton(new ItaWorkflow.Reports.ReportStore(harness.Storage));
        builder.Services.AddAntiforgery();
        var app = builder.Build();
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
                throw;
            }
        });
        app.MapLinkPages();
        await app.StartAsync();
        return new LinkTestApp(harness, app, inMemory) { ServerErrors = errors };
    }

    public async Task<string> StartMeasureAsync(Measure measure)
    {
        var input = SampleMeasures.Input(measure);
        var id = MeasureWorkflow.InstanceIdFor(input.District, input.FiscalYear, measure.Id);
        await Harness.Client.StartAsync(MeasureWorkflow.DefinitionName, id, input, "test");
        await Harness.DrainAsync();
        return id;
    }

    /// <summary>
    /// The page path of the newest email to <paramref name="to"/> whose subject contains <paramref name="subject"/>,
    /// or whose reference (instance id) does: subjects name measures by title, never by id.
    /// </summary>
    public string LinkOf(string to, string subject)
    {
        var email = Mail.Sent.Last(m => m.Message.To == to
            && (m.Message.Subject.Contains(subject, StringComparison.Ordinal) || m.Message.Reference.Contains(subject, StringComparison.Ordinal))).Message;
        var href = new HtmlParser().ParseDocument(email.Html).QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).First(h => h.Contains("/l/", StringComparison.Ordinal));
        return new Uri(href).AbsolutePath;
    }

    public async Task<(HttpStatusCode Status, IHtmlDocument Page)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return (response.StatusCode, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Opens the page for its antiforgery token, then posts the form with <paramref name="fields"/> and files.</summary>
    public async Task<(HttpStatusCode Status, IHtmlDocument Page)> PostAsync(
        string path, IReadOnlyDictionary<string, string> fields, IReadOnlyList<(string Name, byte[] Content)>? files = null, bool withToken = true, string? token = null)
    {
        token ??= withToken ? await FormTokenAsync(path) : null;
        using var form = new MultipartFormDataContent();
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (name, content) in files ?? [])
        {
            form.Add(new ByteArrayContent(content), "files", name);
        }

        using var response = await Http.PostAsync(path, form);
        return (response.StatusCode, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Keeps cookies for TestServer's handler, which has none of its own (antiforgery needs its cookie back).</summary>
    private sealed class CookieKeeper(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private readonly CookieContainer cookies = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            if (cookies.GetCookieHeader(uri) is { Length: > 0 } header)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                cookies.SetCookies(uri, cookie);
            }

            return response;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        await Harness.DisposeAsync();
    }
}
