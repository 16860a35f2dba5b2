using ItaWorkflow.Hosting.AppSettings;

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
    public void Empty_admin_key_is_allowed_so_one_is_generated_locally()
    {
        Assert.True(new AdminOptionsValidator().Validate(null, new AdminOptions()).Succeeded);
    }

    [Fact]
    public void Short_admin_key_is_refused()
    {
        var failure = Assert.Single(new AdminOptionsValidator().Validate(null, new AdminOptions { Key = "secret" }).Failures!);

        Assert.StartsWith("Admin:Key:", failure);
    }
}
