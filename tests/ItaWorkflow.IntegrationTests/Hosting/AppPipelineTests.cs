using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using ItaWorkflow.Admin;
using ItaWorkflow.Hosting;
using ItaWorkflow.Hosting.Routes;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ItaWorkflow.Tests.Hosting;

/// <summary>
/// The Functions app's HTTP side without the Functions host: the services <see cref="FunctionsAppServices"/> registers,
/// and each request handled the way the worker does it (its trigger's endpoint already matched, then the trigger's
/// <see cref="AppPipelineResult"/> executed on the context). Answers are compared with the local host's.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AppPipelineTests(Azurite azurite) : IAsyncLifetime
{
    private const string AdminKey = "admin-key-for-pipeline-tests-0123456789";

    private readonly StorageOptions storage = TestStorage.Options(azurite);
    private WebApplication local = null!;
    private HttpClient localClient = null!;
    private IHost functions = null!;

    public async Task InitializeAsync()
    {
        local = WebApp.Build(["--urls=http://127.0.0.1:0"], builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Configuration.AddInMemoryCollection(TestSettings.For(storage, AdminKey));
            builder.WebHost.UseTestServer();
        });
        await local.Services.GetRequiredService<StorageClients>().EnsureCreatedAsync();
        await local.StartAsync();
        localClient = local.GetTestClient();
        functions = BuildFunctionsServices(TestSettings.For(storage, AdminKey));
    }

    public async Task DisposeAsync()
    {
        functions.Dispose();
        localClient.Dispose();
        await local.DisposeAsync();
    }

    [Theory]
    [InlineData("GET", "/healthz")]
    [InlineData("GET", "/healthz/ready")]
    [InlineData("GET", "/l/not-a-signed-token")]
    [InlineData("POST", "/l/not-a-signed-token")]
    [InlineData("GET", "/l/not-a-signed-token/file?name=x")]
    [InlineData("GET", "/manage")]
    [InlineData("GET", "/manage/admin.css")]
    [InlineData("GET", "/manage/instances")]
    [InlineData("POST", "/manage/instances/M01/terminate")]
    [InlineData("POST", "/manage/signin")]
    [InlineData("POST", "/manage/signout")]
    [InlineData("POST", "/api/plans/import")]
    public async Task A_dispatched_request_gets_the_local_hosts_answer(string method, string path)
    {
        using var expected = await localClient.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var actual = await DispatchAsync(functions.Services, method, path);

        Assert.Equal((int)expected.StatusCode, actual.Response.StatusCode);
        foreach (var header in new[] { "Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Cache-Control", "Location" })
        {
            Assert.Equal(HeaderOf(expected, header), actual.Response.Headers[header].ToString());
        }
    }

    [Fact]
    public async Task Dispatch_replaces_the_triggers_endpoint_and_route_values_with_the_apps()
    {
        var context = await DispatchAsync(functions.Services, "GET", "/l/abc/file");

        Assert.Equal(AppRoutes.LinkFile.Name, context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName);
        Assert.Equal("abc", context.Request.RouteValues["token"]);
        Assert.False(context.Request.RouteValues.ContainsKey("trigger"));
    }

    [Fact]
    public async Task Admin_pages_behind_a_trigger_still_send_a_signed_out_user_to_sign_in_which_sends_the_security_headers()
    {
        var dashboard = await DispatchAsync(functions.Services, "GET", "/manage/dashboard");
        var signIn = await DispatchAsync(functions.Services, "GET", "/manage/signin");

        Assert.Equal(StatusCodes.Status302Found, dashboard.Response.StatusCode);
        Assert.StartsWith("/manage/signin", dashboard.Response.Headers.Location.ToString());
        Assert.Equal(StatusCodes.Status200OK, signIn.Response.StatusCode);
        Assert.Equal("DENY", signIn.Response.Headers.XFrameOptions.ToString());
        Assert.Contains("frame-ancestors 'none'", signIn.Response.Headers.ContentSecurityPolicy.ToString());
    }

    [Fact]
    public async Task A_post_without_the_form_token_is_refused_behind_a_trigger()
    {
        var context = await DispatchAsync(functions.Services, "POST", "/manage/signin", "application/x-www-form-urlencoded", "key=" + AdminKey);

        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_throttle_counts_attempts_behind_a_trigger()
    {
        var statuses = new List<int>();
        for (var i = 0; i <= AdminSignInThrottle.PermitLimit; i++)
        {
            statuses.Add((await DispatchAsync(functions.Services, "POST", "/manage/signin", "application/x-www-form-urlencoded", "key=guess")).Response.StatusCode);
        }

        Assert.All(statuses[..^1], status => Assert.Equal(StatusCodes.Status400BadRequest, status));
        Assert.Equal(StatusCodes.Status429TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task A_storage_outage_behind_a_trigger_is_the_thai_503_with_retry_after()
    {
        var down = new StorageOptions
        {
            // Every service endpoint moved to a port nobody listens on.
            ConnectionString = Regex.Replace(azurite.ConnectionString, @"127\.0\.0\.1:\d+", $"127.0.0.1:{AzuriteProcess.FreePort()}"),
            Prefix = storage.Prefix,
        };
        using var host = BuildFunctionsServices(TestSettings.For(down, AdminKey));

        var context = await DispatchAsync(host.Services, "GET", "/healthz/ready");

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal(StorageOutageMiddleware.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), context.Response.Headers.RetryAfter.ToString());
    }

    private static string HeaderOf(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";

    private static IHost BuildFunctionsServices(IDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddFunctionsAppServices();
        // What the worker's ASP.NET Core integration adds: MVC (ConfigureFunctionsWebApplication) and its web host's listener.
        builder.Services.AddMvc();
        // What the Durable extension provides through its client binding: a client on the task hub (here the local one).
        builder.Services.AddLocalWorkflowRuntime(builder.Configuration);
        var listener = new DiagnosticListener("Microsoft.AspNetCore");
        builder.Services.AddSingleton(listener);
        builder.Services.AddSingleton<DiagnosticSource>(listener);
        return builder.Build();
    }

    /// <summary>As the worker serves an HTTP trigger: its endpoint matched, its request scope set, the trigger's result executed.</summary>
    private static async Task<HttpContext> DispatchAsync(IServiceProvider services, string method, string path, string? contentType = null, string? body = null)
    {
        await using var scope = services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var uri = new Uri("http://localhost" + path);
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        context.Request.Path = uri.AbsolutePath;
        context.Request.QueryString = new QueryString(uri.Query);
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        if (body is not null)
        {
            context.Request.ContentType = contentType;
            context.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
            context.Request.ContentLength = context.Request.Body.Length;
        }

        context.Response.Body = new MemoryStream();
        context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, EndpointMetadataCollection.Empty, "trigger"));
        context.Request.RouteValues["trigger"] = "matched";

        await AppPipelineResult.Instance.ExecuteAsync(context);
        return context;
    }
}
