using ItaWorkflow.Hosting;
using Microsoft.Extensions.Configuration;

namespace ItaWorkflow.Tests.Hosting;

public sealed class DevelopmentExposureGuardTests
{
    [Theory]
    [InlineData("--urls=http://0.0.0.0:7071")]
    [InlineData("--urls=http://+:7071")]
    [InlineData("--urls=http://localhost:7071;http://192.0.2.10:7072")]
    [InlineData("--http_ports=8080")]
    [InlineData("--WEBSITE_SITE_NAME=func-itabkk")]
    public void Development_settings_refuse_to_start_where_others_can_reach_them(string setting)
    {
        var error = Assert.Throws<InvalidOperationException>(() => WebApp.Build(["--environment=Development", setting]));

        Assert.Contains("Development", error.Message);
    }

    [Theory]
    [InlineData("http://localhost:7071")]
    [InlineData("http://127.0.0.1:0")]
    [InlineData("http://[::1]:7071")]
    public void Development_settings_on_loopback_addresses_are_fine(string urls)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls }).Build();

        Assert.Empty(DevelopmentExposureGuard.Problems(configuration));
    }
}
