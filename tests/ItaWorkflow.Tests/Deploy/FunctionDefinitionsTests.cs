using System.Net;
using System.Text.Json;
using ItaWorkflow.Hosting;
using ItaWorkflow.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace ItaWorkflow.Tests.Deploy;

public sealed class FunctionDefinitionsTests
{
    [Fact]
    public void Host_json_runs_the_published_executable_as_a_custom_handler_with_forwarded_http()
    {
        var host = ReadJson("host.json");

        Assert.Equal("2.0", host.GetProperty("version").GetString());
        var handler = host.GetProperty("customHandler");
        Assert.Equal("ItaWorkflow", handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.True(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
        Assert.Equal("", host.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", host.GetProperty("extensionBundle").GetProperty("id").GetString());
        Assert.True(TimeSpan.Parse(host.GetProperty("functionTimeout").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= TimeSpan.FromMinutes(5));
    }

    [Fact]
    public void Queue_extension_gives_up_after_five_deliveries_like_the_engine_dead_letter_rule()
    {
        var queues = ReadJson("host.json").GetProperty("extensions").GetProperty("queues");

        Assert.Equal(5, queues.GetProperty("maxDequeueCount").GetInt32());
        Assert.InRange(queues.GetProperty("batchSize").GetInt32(), 1, 32);
        // The app enqueues with QueueMessageEncoding.Base64; the trigger must decode the same way.
        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString());
    }

    [Fact]
    public void Every_function_has_a_definition_folder_and_no_other_folder_exists()
    {
        var folders = Directory.GetDirectories(RepositoryPaths.File("functions", "triggers")).Select(Path.GetFileName).Order();

        Assert.Equal(FunctionNames.All.Order(), folders);
        Assert.All(FunctionNames.All, name => Assert.True(File.Exists(RepositoryPaths.File("functions", "triggers", name, "function.json"))));
    }

    [Fact]
    public void Http_function_is_a_pure_http_catch_all_so_the_host_forwards_requests_raw()
    {
        var bindings = Bindings(FunctionNames.Http);

        Assert.Equal(2, bindings.Count);
        var trigger = bindings.Single(b => b.GetProperty("type").GetString() == "httpTrigger");
        Assert.Equal("anonymous", trigger.GetProperty("authLevel").GetString());
        Assert.StartsWith("{*", trigger.GetProperty("route").GetString(), StringComparison.Ordinal);
        Assert.Contains(bindings, b => b.GetProperty("type").GetString() == "http" && b.GetProperty("direction").GetString() == "out");
    }

    [Fact]
    public void Ticker_fires_every_minute_under_the_binding_name_the_handler_reads()
    {
        var trigger = Bindings(FunctionNames.Ticker).Single();

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(CustomHandlerApi.TimerBinding, trigger.GetProperty("name").GetString());
        Assert.Equal("0 */1 * * * *", trigger.GetProperty("schedule").GetString());
    }

    [Fact]
    public void WorkQueue_listens_on_the_queue_the_app_writes_to()
    {
        var trigger = Bindings(FunctionNames.WorkQueue).Single();

        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(CustomHandlerApi.QueueMessageBinding, trigger.GetProperty("name").GetString());
        Assert.Equal(new StorageOptions().QueueName(StorageNames.WorkQueue), trigger.GetProperty("queueName").GetString());
        // The case-data account, not the Functions host's own (AzureWebJobsStorage); Bicep sets ItaStorage__queueServiceUri.
        Assert.Equal("ItaStorage", trigger.GetProperty("connection").GetString());
    }

    [Fact]
    public void Retention_runs_on_a_schedule_the_deployment_configures()
    {
        var trigger = Bindings(FunctionNames.Retention).Single();

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(CustomHandlerApi.TimerBinding, trigger.GetProperty("name").GetString());
        var schedule = trigger.GetProperty("schedule").GetString()!;
        Assert.Matches("^%[A-Z_]+%$", schedule);
        Assert.Contains(schedule.Trim('%'), File.ReadAllText(RepositoryPaths.File("infra", "main.bicep")));
    }

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/plans/2567/measures", HttpStatusCode.OK)]
    [InlineData("/links/abc?sig=x", HttpStatusCode.OK)]
    [InlineData("/tickers", HttpStatusCode.OK)]
    [InlineData("/Ticker", HttpStatusCode.NotFound)]
    [InlineData("/workqueue", HttpStatusCode.NotFound)]
    [InlineData("/WorkQueue/anything", HttpStatusCode.NotFound)]
    [InlineData("/RETENTION", HttpStatusCode.NotFound)]
    public async Task Http_catch_all_never_forwards_the_trigger_invocation_paths_from_outside(string path, HttpStatusCode expected)
    {
        // The host matches function routes with ASP.NET Core routing; run the same template here.
        var route = Bindings(FunctionNames.Http).Single(b => b.GetProperty("type").GetString() == "httpTrigger")
            .GetProperty("route").GetString()!;
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();
        app.Map(route, () => TypedResults.Ok("forwarded"));
        await app.StartAsync();

        using var response = await app.GetTestClient().GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }

    private static List<JsonElement> Bindings(string function) =>
        [.. ReadJson("functions", "triggers", function, "function.json").GetProperty("bindings").EnumerateArray()];

    private static JsonElement ReadJson(params string[] path) =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.File(path))).RootElement.Clone();
}
