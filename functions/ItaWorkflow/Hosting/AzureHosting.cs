namespace ItaWorkflow.Hosting;

/// <summary>Tells from configuration (environment variables included) whether the process runs in Azure.</summary>
public static class AzureHosting
{
    /// <summary>Settings App Service and the Functions host set on every Azure instance.</summary>
    public static readonly IReadOnlyList<string> MarkerSettings = ["WEBSITE_SITE_NAME", "FUNCTIONS_WORKER_RUNTIME"];

    /// <summary>True when any <see cref="MarkerSettings"/> is present: the process runs in App Service or Functions.</summary>
    public static bool RunsInAzure(IConfiguration configuration) =>
        MarkerSettings.Any(setting => !string.IsNullOrWhiteSpace(configuration[setting]));
}
