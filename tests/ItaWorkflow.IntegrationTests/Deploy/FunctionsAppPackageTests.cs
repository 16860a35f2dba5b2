using System.Text.Json.Nodes;
using ItaWorkflow.Hosting.Routes;
using ItaWorkflow.Tests.Hosting;
using ItaWorkflow.Workflow.Durable;
using Microsoft.DurableTask;

namespace ItaWorkflow.Tests.Deploy;

/// <summary>
/// Publishes the isolated-worker Functions app (<c>functions/ItaWorkflow.Functions</c>) once for the class and checks
/// what the Functions host reads from the package: the function index, the worker description, the Durable extension
/// and host.json.
/// </summary>
[Trait("Category", "Slow")]
public sealed class FunctionsAppPackageTests(FunctionsAppPackageTests.PublishedApp app) : IClassFixture<FunctionsAppPackageTests.PublishedApp>
{
    private const string RetentionFunction = "Retention";

    private static readonly DurableTaskRegistry Registered =
        new DurableTaskRegistry().AddWorkflowTasks(WorkflowCatalog.Default, new DurableWorkflowOptions());

    [Fact]
    public void Every_orchestrator_the_local_host_registers_has_an_orchestration_trigger_of_the_same_name()
    {
        var registered = Registered.GetOrchestrators().Select(o => o.Key.Name).Order(StringComparer.Ordinal);

        Assert.Equal(registered, app.FunctionsWithTrigger("orchestrationTrigger").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_activity_the_local_host_registers_has_an_activity_trigger_of_the_same_name()
    {
        var registered = Registered.GetActivities().Select(a => a.Key.Name).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(7, registered.Count);
        Assert.Equal(registered, app.FunctionsWithTrigger("activityTrigger").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Activities_that_start_or_raise_on_other_cases_are_handed_a_durable_client()
    {
        foreach (var name in new[] { nameof(StartInstanceActivity), nameof(RaiseEventActivity) })
        {
            Assert.Contains(app.Bindings(name), binding => (string?)binding["type"] == "durableClient");
        }
    }

    [Fact]
    public void Retention_runs_on_the_schedule_of_its_app_setting()
    {
        var trigger = Assert.Single(app.Bindings(RetentionFunction));

        Assert.Equal("timerTrigger", (string?)trigger["type"]);
        Assert.Equal("%ITA_RETENTION_SCHEDULE%", (string?)trigger["schedule"]);
        Assert.Equal(new[] { RetentionFunction }, app.FunctionsWithTrigger("timerTrigger"));
    }

    [Fact]
    public void The_http_triggers_are_exactly_the_route_table_with_its_names_methods_and_templates()
    {
        var triggers = app.FunctionsWithTrigger("httpTrigger").Select(name =>
        {
            var trigger = app.Bindings(name).Single(b => (string?)b["type"] == "httpTrigger");
            var methods = trigger["methods"]!.AsArray().Select(m => ((string)m!).ToUpperInvariant()).Order();
            return $"{name} {string.Join(',', methods)} {(string?)trigger["route"]}";
        });

        Assert.Equal(AppRoutesTests.Describe(AppRoutes.All), triggers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Http_triggers_are_anonymous_because_the_app_signs_admins_in_itself()
    {
        Assert.All(AppRoutes.All, route =>
        {
            var trigger = app.Bindings(route.Name).Single(b => (string?)b["type"] == "httpTrigger");
            Assert.Equal("anonymous", ((string?)trigger["authLevel"])?.ToLowerInvariant());
        });
    }

    [Fact]
    public void The_worker_description_starts_the_isolated_worker_assembly()
    {
        var worker = JsonNode.Parse(File.ReadAllText(app.PathOf("worker.config.json")))!["description"]!;

        Assert.Equal("dotnet-isolated", (string?)worker["language"]);
        Assert.Equal("ItaWorkflow.Functions.dll", (string?)worker["defaultWorkerPath"]);
        Assert.True(File.Exists(app.PathOf("ItaWorkflow.Functions.dll")));
    }

    [Fact]
    public void The_durable_extension_ships_in_the_package_for_the_host_to_load()
    {
        Assert.True(File.Exists(app.PathOf(".azurefunctions", "Microsoft.Azure.WebJobs.Extensions.DurableTask.dll")));
        var extensions = JsonNode.Parse(File.ReadAllText(app.PathOf("extensions.json")))!["extensions"]!.AsArray();
        Assert.Contains(extensions, extension => (string?)extension!["name"] == "DurableTask");
    }

    [Fact]
    public void Host_json_configures_the_task_hub_on_azure_storage_and_no_custom_handler()
    {
        var host = JsonNode.Parse(File.ReadAllText(app.PathOf("host.json")))!;
        var durable = host["extensions"]!["durableTask"]!;
        var provider = durable["storageProvider"]!;

        Assert.False(string.IsNullOrWhiteSpace((string?)durable["hubName"]));
        Assert.Equal("AzureStorage", (string?)provider["type"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)provider["connectionName"]));
        Assert.Equal(4, (int?)provider["partitionCount"]);
        Assert.InRange(TimeSpan.Parse((string)provider["maxQueuePollingInterval"]!, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.Equal("", (string?)host["extensions"]!["http"]!["routePrefix"]);
        Assert.Null(host["customHandler"]);
    }

    [Fact]
    public void The_package_holds_the_library_and_the_model_but_not_the_local_host_or_its_development_settings()
    {
        Assert.True(File.Exists(app.PathOf("ItaWorkflow.dll")));
        Assert.True(File.Exists(app.PathOf("ItaWorkflow.Model.dll")));
        Assert.False(File.Exists(app.PathOf("ItaWorkflow")));
        Assert.False(File.Exists(app.PathOf("ItaWorkflow.runtimeconfig.json")));
        Assert.Empty(Directory.GetFiles(app.Directory, "ItaWorkflow.Local*"));
        Assert.False(File.Exists(app.PathOf("ItaWorkflow.Durable.dll")));
        Assert.Empty(Directory.GetFiles(app.Directory, "*.staticwebassets.*"));
        Assert.Empty(Directory.GetFiles(app.Directory, "appsettings*.json"));
    }

    public sealed class PublishedApp : IAsyncLifetime
    {
        private readonly string root = Path.Combine(Path.GetTempPath(), "ita-functions-" + Guid.NewGuid().ToString("N"));
        private JsonArray functions = [];

        public string Directory => Path.Combine(root, "app");

        public string PathOf(params string[] parts) => Path.Combine([Directory, .. parts]);

        public IReadOnlyList<JsonNode> Bindings(string function) =>
            [.. functions.Single(f => (string?)f!["name"] == function)!["bindings"]!.AsArray().Select(b => b!)];

        public IReadOnlyList<string> FunctionsWithTrigger(string type) =>
            [.. functions
                .Where(f => f!["bindings"]!.AsArray().Any(b => (string?)b!["type"] == type && (string?)b["direction"] == "In"))
                .Select(f => (string)f!["name"]!)];

        public async Task InitializeAsync()
        {
            // A separate artifacts path keeps this build away from the bin/obj folders the test run itself uses.
            var result = await ProcessRunner.RunAsync(
                "dotnet",
                ["publish", RepositoryPaths.File("functions", "ItaWorkflow.Functions", "ItaWorkflow.Functions.csproj"),
                    "-c", "Release", "--artifacts-path", Path.Combine(root, "build"), "-o", Directory, "-nologo", "-v", "quiet"],
                RepositoryPaths.Root,
                TimeSpan.FromMinutes(10));
            Assert.True(result.ExitCode == 0, result.Output);
            functions = JsonNode.Parse(File.ReadAllText(PathOf("functions.metadata")))!.AsArray();
        }

        public Task DisposeAsync()
        {
            System.IO.Directory.Delete(root, recursive: true);
            return Task.CompletedTask;
        }
    }
}
