using ItaWorkflow.Hosting;
using ItaWorkflow.Hosting.AppSettings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace ItaWorkflow.Tests.Hosting.AppSettings;

public sealed class EmailOptionsValidatorTests
{
    [Fact]
    public void Pickup_folder_is_the_valid_local_default()
    {
        Assert.True(Local().Validate(null, new EmailOptions()).Succeeded);
    }

    [Fact]
    public void SendGrid_without_an_api_key_is_refused()
    {
        var options = new EmailOptions { Provider = EmailProvider.SendGrid, From = "ita@district.bangkok.go.th" };

        var failure = Assert.Single(Local().Validate(null, options).Failures!);

        Assert.Equal("Email:SendGrid:ApiKey: ต้องระบุค่า — a value is required", failure);
    }

    [Fact]
    public void SendGrid_key_left_as_an_unresolved_key_vault_reference_is_named_as_such()
    {
        var options = new EmailOptions { Provider = EmailProvider.SendGrid, From = "ita@district.bangkok.go.th" };
        options.SendGrid.ApiKey = "@Microsoft.KeyVault(VaultName=kv-ita;SecretName=SendGrid-ApiKey)";

        Assert.Contains("Key Vault reference was not resolved", Assert.Single(Local().Validate(null, options).Failures!));
    }

    [Fact]
    public void Graph_needs_a_sender_mailbox()
    {
        var options = new EmailOptions { Provider = EmailProvider.Graph, From = "ita@district.bangkok.go.th" };

        Assert.Equal("Email:Graph:Sender: ต้องระบุค่า — a value is required", Assert.Single(Local().Validate(null, options).Failures!));
    }

    [Fact]
    public void Real_providers_refuse_a_sender_without_a_real_domain()
    {
        var options = new EmailOptions { Provider = EmailProvider.Graph };
        options.Graph.Sender = "ita@district.bangkok.go.th";

        Assert.StartsWith("Email:From:", Assert.Single(Local().Validate(null, options).Failures!));
    }

    [Fact]
    public void A_malformed_sender_address_is_refused()
    {
        Assert.Contains("is not a valid email address", Assert.Single(Local().Validate(null, new EmailOptions { From = "not an address" }).Failures!));
    }

    [Fact]
    public void Pickup_behind_the_functions_host_is_refused_because_mail_would_stay_on_the_instance_disk()
    {
        var validator = new EmailOptionsValidator(
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated" }).Build(),
            Environment(Environments.Production));

        var failure = Assert.Single(validator.Validate(null, new EmailOptions()).Failures!);

        Assert.Contains("cannot be used in Azure", failure);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://mail-relay.example")]
    [InlineData("not a url")]
    public void Outside_development_api_overrides_must_use_https(string url)
    {
        var options = new EmailOptions();
        options.SendGrid.Host = url;
        options.Graph.BaseUrl = url;

        var failures = Local(Environments.Production).Validate(null, options).Failures!.ToList();

        Assert.Contains(failures, f => f.StartsWith("Email:SendGrid:Host:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Email:Graph:BaseUrl:", StringComparison.Ordinal));
    }

    [Fact]
    public void Development_may_point_the_apis_at_a_loopback_fake_over_http_but_not_at_another_host()
    {
        var loopback = new EmailOptions();
        loopback.SendGrid.Host = "http://127.0.0.1:5000";
        loopback.Graph.BaseUrl = "http://localhost:5001/v1.0";
        var remote = new EmailOptions();
        remote.Graph.BaseUrl = "http://graph.example/v1.0";

        Assert.True(Local(Environments.Development).Validate(null, loopback).Succeeded);
        Assert.StartsWith("Email:Graph:BaseUrl:", Assert.Single(Local(Environments.Development).Validate(null, remote).Failures!));
        Assert.True(Local(Environments.Production).Validate(null, new EmailOptions { SendGrid = { Host = "https://api.sendgrid.com" } }).Succeeded);
    }

    [Fact]
    public async Task Production_start_up_stops_on_a_plain_http_graph_url()
    {
        await using var app = ItaWorkflow.Hosting.WebApp.Build(
            ["--environment=Production", "--Admin:TrustAppServicePrincipal=true", "--Email:Graph:BaseUrl=http://127.0.0.1:9/v1.0"],
            builder => Microsoft.AspNetCore.TestHost.WebHostBuilderExtensions.UseTestServer(builder.WebHost));

        var error = await Assert.ThrowsAsync<AggregateException>(() => app.StartAsync());

        Assert.Contains(
            error.InnerExceptions.OfType<Microsoft.Extensions.Options.OptionsValidationException>().SelectMany(e => e.Failures),
            f => f.StartsWith("Email:Graph:BaseUrl:", StringComparison.Ordinal));
    }

    private static EmailOptionsValidator Local(string environment = "Development") => new(new ConfigurationBuilder().Build(), Environment(environment));

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };
}
