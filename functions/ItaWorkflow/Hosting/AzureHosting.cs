namespace ItaWorkflow.Hosting;

/// <summary>Tells from configuration (environment variables included) whether the process runs in Azure.</summary>
public static class AzureHosting
{
    /// <summary>Settings App Service and the Functions host set on every Azure instance.</summary>
    public static readonly IReadOnlyList<string> MarkerSettings = ["WEBSITE_SITE_NAME", "FUNCTIONS_WORKER_RUNTIME"];

    /// <summary>
    /// Settings the Functions host gives its worker process: the worker runtime, and the app directory the worker's
    /// ASP.NET Core integration reads its routes from.
    /// </summary>
    public static readonly IReadOnlyList<string> FunctionsHostSettings = ["FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_APPLICATION_DIRECTORY"];

    /// <summary>True when any <see cref="MarkerSettings"/> is present: the process runs in App Service or Functions.</summary>
    public static bool RunsInAzure(IConfiguration configuration) => AnySet(configuration, MarkerSettings);

    /// <summary>True when the Functions host started this process (in Azure, or under Core Tools).</summary>
    public static bool RunsBehindFunctionsHost(IConfiguration configuration) => AnySet(configuration, FunctionsHostSettings);

    private static bool AnySet(IConfiguration configuration, IEnumerable<string> settings) =>
        settings.Any(setting => !string.IsNullOrWhiteSpace(configuration[setting]));
}
