using ItaWorkflow.Hosting.AppSettings;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace ItaWorkflow.Tests.Hosting.AppSettings;

public sealed class RetentionAndAdminOptionsValidatorTests
{
    [Fact]
    public void Retention_defaults_to_a_year()
    {
        var options = new RetentionOptions();

        Assert.Equal(365, options.Days);
        Assert.True(new RetentionOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(5000)]
    public void Retention_outside_30_to_3650_days_is_refused(int days)
    {
        var failure = Assert.Single(new RetentionOptionsValidator().Validate(null, new RetentionOptions { Days = days }).Failures!);

        Assert.Equal($"Retention:Days: ต้องอยู่ระหว่าง 30 ถึง 3650 (ค่าปัจจุบัน {days}) — must be between 30 and 3650 (was {days})", failure);
    }

    [Fact]
    public void Empty_admin_key_is_allowed_in_development_so_one_is_generated_there()
    {
        Assert.True(Validator(Environments.Development).Validate(null, new AdminOptions()).Succeeded);
    }

    [Theory]
    [InlineData("Key")]
    [InlineData("ReaderKey")]
    [InlineData("DistrictKeys:บางเขน")]
    public void Admin_keys_shorter_than_24_characters_are_refused(string setting)
    {
        var shortKey = new string('k', AdminOptionsValidator.MinimumKeyLength - 1);
        var options = setting switch
        {
            "Key" => new AdminOptions { Key = shortKey },
            "ReaderKey" => new AdminOptions { Key = new string('c', 24), ReaderKey = shortKey },
            _ => new AdminOptions { Key = new string('c', 24), DistrictKeys = new() { ["บางเขน"] = shortKey } },
        };

        var failure = Assert.Single(Validator(Environments.Production).Validate(null, options).Failures!);

        Assert.StartsWith($"Admin:{setting}:", failure);
    }

    [Fact]
    public void Outside_development_neither_a_trusted_principal_nor_a_key_is_refused_naming_the_key()
    {
        var failure = Assert.Single(Validator(Environments.Production).Validate(null, new AdminOptions()).Failures!);

        Assert.StartsWith("Admin:Key:", failure);
        Assert.Contains("Admin:TrustAppServicePrincipal", failure);
        Assert.True(Validator(Environments.Production).Validate(null, new AdminOptions { TrustAppServicePrincipal = true }).Succeeded);
    }

    [Fact]
    public void Group_mappings_must_name_a_role()
    {
        var options = new AdminOptions { TrustAppServicePrincipal = true, Groups = new() { ["g1"] = "district:บางเขน", ["g2"] = "owner" } };

        var failure = Assert.Single(Validator(Environments.Production).Validate(null, options).Failures!);

        Assert.StartsWith("Admin:Groups:g2:", failure);
    }

    private static AdminOptionsValidator Validator(string environment) =>
        new(new HostingEnvironment { EnvironmentName = environment });
}
