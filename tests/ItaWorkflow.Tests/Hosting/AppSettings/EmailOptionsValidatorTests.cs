using ItaWorkflow.Hosting;
using ItaWorkflow.Hosting.AppSettings;
using Microsoft.Extensions.Configuration;

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
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [HostingModeDetector.CustomHandlerPortSetting] = "40000" }).Build());

        var failure = Assert.Single(validator.Validate(null, new EmailOptions()).Failures!);

        Assert.Contains("cannot be used in Azure", failure);
    }

    private static EmailOptionsValidator Local() => new(new ConfigurationBuilder().Build());
}
