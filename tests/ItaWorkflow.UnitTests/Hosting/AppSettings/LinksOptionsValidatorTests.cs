using ItaWorkflow.Hosting.AppSettings;

namespace ItaWorkflow.Tests.Hosting.AppSettings;

public sealed class LinksOptionsValidatorTests
{
    private static readonly string GoodSecret = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private readonly LinksOptionsValidator validator = new();

    [Fact]
    public void One_current_key_with_default_lifetimes_is_valid()
    {
        var options = Valid();

        Assert.True(validator.Validate(null, options).Succeeded);
        Assert.Equal(TimeSpan.FromDays(45), options.Lifetime);
    }

    [Fact]
    public void Missing_keys_say_what_is_required_in_thai_and_english()
    {
        var failures = validator.Validate(null, new LinksOptions()).Failures!.ToList();

        Assert.Contains("Links:SigningKeys: ต้องมีกุญแจลงนามลิงก์อย่างน้อยหนึ่งดอก — at least one link-signing key is required", failures);
        Assert.Contains("Links:CurrentKeyId: ต้องระบุค่า — a value is required", failures);
    }

    [Fact]
    public void A_short_key_is_refused_with_a_way_to_make_a_good_one()
    {
        var options = Valid();
        options.SigningKeys[0].Secret = Convert.ToBase64String(new byte[16]);

        var failure = Assert.Single(validator.Validate(null, options).Failures!);

        Assert.StartsWith("Links:SigningKeys:0:Secret:", failure);
        Assert.Contains("openssl rand -base64 32", failure);
    }

    [Fact]
    public void An_unresolved_key_vault_reference_is_named_as_such()
    {
        var options = Valid();
        options.SigningKeys[0].Secret = "@Microsoft.KeyVault(VaultName=kv-ita;SecretName=Links-SigningKey)";

        var failure = Assert.Single(validator.Validate(null, options).Failures!);

        Assert.Contains("Key Vault reference was not resolved", failure);
        Assert.Contains("Key Vault Secrets User", failure);
    }

    [Fact]
    public void The_current_key_must_exist_and_not_be_retired()
    {
        var unknown = Valid();
        unknown.CurrentKeyId = "k9";
        var retired = Valid();
        retired.SigningKeys[0].RetiredOn = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Contains("no signing key has id 'k9'", Assert.Single(validator.Validate(null, unknown).Failures!));
        Assert.Contains("is retired and cannot sign new links", Assert.Single(validator.Validate(null, retired).Failures!));
    }

    [Fact]
    public void Rotation_with_a_retired_key_inside_its_grace_period_is_valid()
    {
        var options = Valid();
        options.SigningKeys.Insert(0, new LinkSigningKey { Id = "k0", Secret = GoodSecret, RetiredOn = DateTimeOffset.UnixEpoch });

        Assert.True(validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Duplicate_key_ids_are_refused()
    {
        var options = Valid();
        options.SigningKeys.Add(new LinkSigningKey { Id = "k1", Secret = GoodSecret });

        Assert.Contains("key id 'k1' is used more than once", Assert.Single(validator.Validate(null, options).Failures!));
    }

    [Fact]
    public void Grace_period_shorter_than_link_lifetime_is_refused_because_sent_links_would_break()
    {
        var options = Valid();
        options.RetiredKeyGracePeriod = TimeSpan.FromDays(10);

        var failure = Assert.Single(validator.Validate(null, options).Failures!);

        Assert.StartsWith("Links:RetiredKeyGracePeriod:", failure);
        Assert.Contains("links already sent stop working", failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/relative")]
    [InlineData("ftp://example.org")]
    public void Public_base_url_must_be_absolute_http(string url)
    {
        var options = Valid();
        options.PublicBaseUrl = url;

        Assert.StartsWith("Links:PublicBaseUrl:", Assert.Single(validator.Validate(null, options).Failures!));
    }

    private static LinksOptions Valid() => new()
    {
        PublicBaseUrl = "https://ita-workflow.azurewebsites.net",
        CurrentKeyId = "k1",
        SigningKeys = [new LinkSigningKey { Id = "k1", Secret = GoodSecret }],
    };
}
