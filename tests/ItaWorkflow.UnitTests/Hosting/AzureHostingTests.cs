using ItaWorkflow.Hosting;
using Microsoft.Extensions.Configuration;

namespace ItaWorkflow.Tests.Hosting;

public sealed class AzureHostingTests
{
    [Theory]
    [InlineData("WEBSITE_SITE_NAME", true)]
    [InlineData("FUNCTIONS_WORKER_RUNTIME", true)]
    [InlineData("SOMETHING_ELSE", false)]
    public void App_service_and_functions_settings_mean_the_app_runs_in_azure(string setting, bool inAzure)
    {
        Assert.Equal(inAzure, AzureHosting.RunsInAzure(Configuration(new() { [setting] = "value" })));
    }

    [Theory]
    [InlineData("FUNCTIONS_WORKER_RUNTIME", true)]
    [InlineData("FUNCTIONS_APPLICATION_DIRECTORY", true)]
    [InlineData("WEBSITE_SITE_NAME", false)]
    public void Only_the_settings_the_functions_host_gives_its_worker_mean_the_app_runs_behind_it(string setting, bool behindHost)
    {
        Assert.Equal(behindHost, AzureHosting.RunsBehindFunctionsHost(Configuration(new() { [setting] = "value" })));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
