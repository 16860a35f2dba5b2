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
        var accounts = (await CompiledAsync()).Resources("Microsoft.Storage/storageAccounts").ToList();

        Assert.Equal(3, accounts.Count);
        foreach (var storage in accounts.Select(a => a.GetProperty("properties")))
        {
            Assert.False(storage.GetProperty("allowBlobPublicAccess").GetBoolean());
            Assert.Equal("TLS1_2", storage.GetProperty("minimumTlsVersion").GetString());
            Assert.False(storage.GetProperty("allowSharedKeyAccess").GetBoolean());
            Assert.True(storage.GetProperty("supportsHttpsTrafficOnly").GetBoolean());
        }
    }

    [Fact]
    public async Task Functions_host_storage_the_task_hub_and_the_deployment_package_live_apart_from_the_case_data()
    {
        var compiled = await CompiledAsync();
        var variables = compiled.Root.GetProperty("variables");
        var settings = compiled.Config("appsettings");
        var site = compiled.Resources("Microsoft.Web/sites").Single().GetProperty("properties");

        Assert.Contains("variables('hostStorageAccountName')", site.GetProperty("functionAppConfig").GetProperty("deployment").GetProperty("storage").GetProperty("value").GetString());
        Assert.Contains("hostStorageAccountName", settings.GetProperty("AzureWebJobsStorage__accountName").GetString());
        Assert.Contains("'hubStorageAccountName'", settings.GetProperty("ItaStorage__queueServiceUri").GetString());
        var names = new[] { "storageAccountName", "hostStorageAccountName", "hubStorageAccountName" }.Select(n => variables.GetProperty(n).GetString());
        Assert.Equal(3, names.Distinct().Count());
    }

    [Fact]
    public async Task Case_data_roles_are_scoped_to_the_app_containers_with_no_queue_rights_and_no_blob_owner()
    {
        var assignments = (await CompiledAsync()).Resources("Microsoft.Authorization/roleAssignments").ToList();
        string Scope(JsonElement a) => a.TryGetProperty("scope", out var scope) ? scope.GetString()! : "";
        string Role(JsonElement a) => a.GetProperty("properties").GetProperty("roleDefinitionId").GetString()!;
        // Role ids compile to expressions naming the entries of the 'roles' variable.
        const string BlobOwner = "storageBlobDataOwner";
        const string BlobContributor = "storageBlobDataContributor";

        var blobOwners = assignments.Where(a => Role(a).Contains(BlobOwner, StringComparison.Ordinal)).ToList();
        var blobContributors = assignments.Where(a => Role(a).Contains(BlobContributor, StringComparison.Ordinal)).ToList();

        Assert.All(blobOwners, a => Assert.Contains("hostStorageAccountName", Scope(a)));
        var containers = Assert.Single(blobContributors, a => !Scope(a).Contains("hubStorageAccountName", StringComparison.Ordinal));
        Assert.Contains("blobServices/containers'", Scope(containers));
        Assert.Equal("[length(variables('containerNames'))]", containers.GetProperty("copy").GetProperty("count").GetString());
        // The case data account has no queues: only the task hub's and the Functions host's accounts hold queue rights.
        Assert.All(
            assignments.Where(a => Role(a).Contains("storageQueueDataContributor", StringComparison.Ordinal)),
            a => Assert.Matches("hubStorageAccountName|hostStorageAccountName", Scope(a) + a.GetProperty("name").GetString()));
        // Only the table role is account-wide on the case data (tables are created and queried at account level).
        Assert.DoesNotContain(assignments, a => Scope(a) == "[resourceId('Microsoft.Storage/storageAccounts', variables('storageAccountName'))]" && !Role(a).Contains("storageTableDataContributor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_durable_task_hub_connects_with_the_managed_identity_and_has_blob_queue_and_table_data_roles_on_its_account()
    {
        var compiled = await CompiledAsync();
        var settings = compiled.Config("appsettings");
        var host = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepositoryPaths.File("functions", "ItaWorkflow.Functions", "host.json")))!;
        var connection = (string)host["extensions"]!["durableTask"]!["storageProvider"]!["connectionName"]!;

        foreach (var service in new[] { "blob", "queue", "table" })
        {
            Assert.Equal($"[reference(resourceId('Microsoft.Storage/storageAccounts', variables('hubStorageAccountName')), '2023-05-01').primaryEndpoints.{service}]",
                settings.GetProperty($"{connection}__{service}ServiceUri").GetString());
        }

        Assert.Equal("managedidentity", settings.GetProperty($"{connection}__credential").GetString());
        Assert.Contains("clientId", settings.GetProperty($"{connection}__clientId").GetString());
        var hubRoles = Assert.Single(compiled.Resources("Microsoft.Authorization/roleAssignments"),
            a => a.TryGetProperty("scope", out var scope) && scope.GetString() == "[resourceId('Microsoft.Storage/storageAccounts', variables('hubStorageAccountName'))]");
        var count = hubRoles.GetProperty("copy").GetProperty("count").GetString()!;
        Assert.Equal(
            "[length(createArray(variables('roles').storageBlobDataContributor, variables('roles').storageQueueDataContributor, variables('roles').storageTableDataContributor))]",
            count);
    }

    [Fact]
    public async Task Admins_sign_in_with_entra_id_and_no_admin_key_is_configured()
    {
        var compiled = await CompiledAsync();
        var settings = compiled.Config("appsettings");
        var auth = compiled.Config("authsettingsV2");
        var names = Settings(settings).Select(p => p.Name).ToList();

        Assert.Equal("true", Settings(settings).Single(p => p.Name == "Admin__TrustAppServicePrincipal").Value.GetString());
        Assert.DoesNotContain(names, n => n.StartsWith("Admin__Key", StringComparison.Ordinal) || n.StartsWith("Admin__ReaderKey", StringComparison.Ordinal)
            || n.StartsWith("Admin__DistrictKeys", StringComparison.Ordinal));
        var entra = auth.GetProperty("identityProviders").GetProperty("azureActiveDirectory");
        Assert.True(entra.GetProperty("enabled").GetBoolean());
        Assert.Equal("MICROSOFT_PROVIDER_AUTHENTICATION_SECRET", entra.GetProperty("registration").GetProperty("clientSecretSettingName").GetString());
        Assert.Equal("azureActiveDirectory", auth.GetProperty("globalValidation").GetProperty("redirectToProvider").GetString());
    }

    [Fact]
    public async Task Only_links_health_published_reports_and_the_sign_in_page_are_open_to_anonymous_callers()
    {
        // App Service lets anonymous requests through (see main.bicep), so the app's own authorization decides.
        await using var app = ItaWorkflow.Hosting.WebApp.Build(["--environment=Production", "--Admin:TrustAppServicePrincipal=true"]);

        var open = ((Microsoft.AspNetCore.Routing.IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints)
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>() is null
                || e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .ToList();

        Assert.NotEmpty(open);
        Assert.All(open, route => Assert.True(
            route.StartsWith("/l/", StringComparison.Ordinal) || route.StartsWith("/healthz", StringComparison.Ordinal)
            || route.StartsWith("/p/", StringComparison.Ordinal) || route is "/manage/signin" or "/manage/signout" or "/manage/admin.css",
            route));
    }

    [Fact]
    public async Task Storage_resources_match_the_names_the_app_uses()
    {
        var variables = (await CompiledAsync()).Root.GetProperty("variables");

        Assert.Equal(new StorageOptions().Prefix, variables.GetProperty("storagePrefix").GetString());
        Assert.Equal(StorageNames.Tables, Strings(variables.GetProperty("tableNames")));
        Assert.Equal(StorageNames.Containers, Strings(variables.GetProperty("containerNames")));
    }

    [Fact]
    public async Task Function_app_is_a_linux_flex_consumption_dotnet_10_isolated_worker_with_a_managed_identity()
    {
        var compiled = await CompiledAsync();
        var plan = compiled.Resources("Microsoft.Web/serverfarms").Single();
        var site = compiled.Resources("Microsoft.Web/sites").Single();

        Assert.Equal("FlexConsumption", plan.GetProperty("sku").GetProperty("tier").GetString());
        Assert.Equal("functionapp,linux", site.GetProperty("kind").GetString());
        Assert.Equal("UserAssigned", site.GetProperty("identity").GetProperty("type").GetString());
        var properties = site.GetProperty("properties");
        Assert.True(properties.GetProperty("httpsOnly").GetBoolean());
        var runtime = properties.GetProperty("functionAppConfig").GetProperty("runtime");
        Assert.Equal("dotnet-isolated", runtime.GetProperty("name").GetString());
        Assert.Equal("10.0", runtime.GetProperty("version").GetString());
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

    private static IEnumerable<JsonProperty> Settings(JsonElement settings) =>
        settings.ValueKind == JsonValueKind.Object ? settings.EnumerateObject() : [];

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
