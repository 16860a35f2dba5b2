using ItaWorkflow.Hosting;
using ItaWorkflow.Hosting.AppSettings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Tests.Hosting.AppSettings;

public sealed class AppSettingsStartupTests
{
    [Fact]
    public async Task Start_up_stops_with_every_bad_setting_named()
    {
        await using var app = WebApp.Build(
            ["--environment=Production", "--Workflow:ProgressDueDay=30", "--Retention:Days=3"],
            builder => builder.WebHost.UseTestServer());

        // Every failing section is reported at once, not only the first.
        var error = await Assert.ThrowsAsync<AggregateException>(() => app.StartAsync());

        var messages = error.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures).ToList();
        Assert.Contains(messages, m => m.StartsWith("Workflow:ProgressDueDay:", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Links:SigningKeys:", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Retention:Days:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_up_succeeds_with_the_development_settings_shipped_in_the_repository()
    {
        await using var app = WebApp.Build(
            ["--environment=Development", "--contentRoot=" + Path.Combine(Deploy.RepositoryPaths.Root, "functions", "ItaWorkflow.Local")],
            builder => builder.WebHost.UseTestServer());

        await app.StartAsync();

        Assert.Equal(25, app.Services.GetRequiredService<IOptions<WorkflowOptions>>().Value.ProgressDueDay);
        Assert.Equal("dev", app.Services.GetRequiredService<IOptions<LinksOptions>>().Value.CurrentKeyId);
        await app.StopAsync();
    }
}
