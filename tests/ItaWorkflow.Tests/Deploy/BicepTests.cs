using System.Text.Json;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Tests.Deploy;

public sealed class BicepTests
{
    // One compile shared by the tests that inspect the template; each bicep run takes seconds.
    private static readonly Lazy<Task<CompiledTemplate>> Compiled = new(CompileAsync);

    [Fact]
    public async Task Bicep_build_compiles_the_infrastructure_without_errors_or_warnings()
    {
        var output = Path.Combine(Path.GetTempPath(), "ita-bicep-" + Guid.NewGuid().ToString("N"), "main.json");

        var result = await BicepCli.RunAsync("build", "main.bicep", "--outfile", output);

        AssertClean(result);
        Assert.True(File.Exists(output));
        Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
    }

    [Theory]
    [InlineData("main.bicep")]
    [InlineData("main.bicepparam")]
    public async Task Bicep_lint_reports_nothing(string file)
    {
        AssertClean(await BicepCli.RunAsync("lint", file));
    }

    [Fact]
    public async Task Linter_is_configured_to_report_rule_violations_as_warnings()
    {
        // Guards the two tests above: a lint that cannot see problems would pass anything.
        var scratch = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ita-bicep-" + Guid.NewGuid().ToString("N")));
        File.Copy(RepositoryPaths.File("infra", "bicepconfig.json"), Path.Combine(scratch.FullName, "bicepconfig.json"));
        var bad = Path.Combine(scratch.FullName, "bad.bicep");
        File.WriteAllText(bad, "param unused string\n");

        var result = await BicepCli.RunAsync("lint", bad);

        Assert.Contains("no-unused-params", result.Output);
        Assert.Contains("Warning", result.Output);
        scratch.Delete(recursive: true);
    }

    [Fact]
    public async Task Storage_is_private_tls12_and_identity_only()
    {
        var storage = (await CompiledAsync()).Resources("Microsoft.Storage/storageAccounts").Single().GetProperty("properties");

        Assert.False(storage.GetProperty("allowBlobPublicAccess").GetBoolean());
        Assert.Equal("TLS1_2", storage.GetProperty("minimumTlsVersion").GetString());
        Assert.False(storage.GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.True(storage.GetProperty("supportsHttpsTrafficOnly").GetBoolean());
    }

    [Fact]
    public async Task Storage_resources_match_the_names_the_app_uses()
    {
        var variables = (await CompiledAsync()).Root.GetProperty("variables");

        Assert.Equal(new StorageOptions().Prefix, variables.GetProperty("storagePrefix").GetString());
        Assert.Equal(StorageNames.Tables, Strings(variables.GetProperty("tableNames")));
        Assert.Equal(StorageNames.Queues, Strings(variables.GetProperty("queueNames")));
        Assert.Equal(StorageNames.Containers, Strings(variables.GetProperty("containerNames")));
    }

    [Fact]
    public async Task Function_app_is_a_linux_flex_consumption_custom_handler_with_a_managed_identity()
    {
        var compiled = await CompiledAsync();
        var plan = compiled.Resources("Microsoft.Web/serverfarms").Single();
        var site = compiled.Resources("Microsoft.Web/sites").Single();

        Assert.Equal("FlexConsumption", plan.GetProperty("sku").GetProperty("tier").GetString());
        Assert.Equal("functionapp,linux", site.GetProperty("kind").GetString());
        Assert.Equal("UserAssigned", site.GetProperty("identity").GetProperty("type").GetString());
        var properties = site.GetProperty("properties");
        Assert.True(properties.GetProperty("httpsOnly").GetBoolean());
        Assert.Equal("custom", properties.GetProperty("functionAppConfig").GetProperty("runtime").GetProperty("name").GetString());
    }

    [Fact]
    public async Task App_settings_use_identity_based_storage_and_key_vault_references_for_secrets()
    {
        var settings = (await CompiledAsync()).Config("appsettings");
        var names = settings.EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("AzureWebJobsStorage__accountName", names);
        Assert.Equal("managedidentity", settings.GetProperty("AzureWebJobsStorage__credential").GetString());
        Assert.DoesNotContain("AzureWebJobsStorage", names);
        Assert.DoesNotContain("Storage__ConnectionString", names);
        // Flex Consumption rejects these; the runtime is set in functionAppConfig.
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", names);
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", names);
        Assert.StartsWith("[format('@Microsoft.KeyVault(VaultName={0};SecretName={1})'", settings.GetProperty("Email__SendGrid__ApiKey").GetString());
        Assert.StartsWith("[format('@Microsoft.KeyVault(VaultName={0};SecretName={1})'", settings.GetProperty("Links__SigningKeys__0__Secret").GetString());
    }

    [Fact]
    public async Task Admin_routes_can_rely_on_app_service_authentication_with_entra_id()
    {
        var auth = (await CompiledAsync()).Config("authsettingsV2");

        Assert.True(auth.GetProperty("platform").GetProperty("enabled").GetBoolean());
        Assert.True(auth.GetProperty("identityProviders").GetProperty("azureActiveDirectory").GetProperty("enabled").GetBoolean());
        // Divisions open signed links without an account, so the app (not the platform) guards admin routes.
        Assert.Equal("AllowAnonymous", auth.GetProperty("globalValidation").GetProperty("unauthenticatedClientAction").GetString());
    }

    private static void AssertClean(ProcessResult result)
    {
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.DoesNotContain("Warning", result.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Error", result.Output, StringComparison.OrdinalIgnoreCase);
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static Task<CompiledTemplate> CompiledAsync() => Compiled.Value;

    private static async Task<CompiledTemplate> CompileAsync()
    {
        var result = await BicepCli.RunAsync("build", "main.bicep", "--stdout");
        Assert.True(result.ExitCode == 0, result.Output);
        return new CompiledTemplate(JsonDocument.Parse(result.StandardOutput).RootElement.Clone());
    }

    private sealed record CompiledTemplate(JsonElement Root)
    {
        public IEnumerable<JsonElement> Resources(string type) =>
            ResourceList().Where(r => r.GetProperty("type").GetString() == type);

        public JsonElement Config(string name) =>
            Resources("Microsoft.Web/sites/config")
                .Single(r => r.GetProperty("name").GetString()!.Contains($"'{name}'", StringComparison.Ordinal))
                .GetProperty("properties");

        // Bicep emits resources as an array, or as an object keyed by symbolic name (language version 2.0).
        private IEnumerable<JsonElement> ResourceList()
        {
            var resources = Root.GetProperty("resources");
            return resources.ValueKind == JsonValueKind.Array
                ? resources.EnumerateArray()
                : resources.EnumerateObject().Select(p => p.Value);
        }
    }
}
