using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Directories;
using ItaWorkflow.Links;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ItaWorkflow.Tests.Links;

public sealed class LinkSignerTests
{
    private static readonly DateTimeOffset Now = new(2023, 10, 1, 2, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(Now);

    private LinkSigner Signer(string current, DateTimeOffset? oldRetiredOn = null) => new(
        Options.Create(new LinksOptions
        {
            CurrentKeyId = current,
            RetiredKeyGracePeriod = TimeSpan.FromDays(10),
            SigningKeys =
            [
                new LinkSigningKey { Id = "k1", Secret = new string('a', 32), RetiredOn = oldRetiredOn },
                new LinkSigningKey { Id = "k2", Secret = new string('b', 32) },
            ],
        }),
        time);

    private static LinkClaims Claims(DateTimeOffset expires) =>
        new("ทดสอบ-2567-M01", "progress", DirectoryRole.Division, "registry@district.example", "ฝ่ายทะเบียน", 2, expires);

    [Fact]
    public void A_signed_link_verifies_with_its_claims_and_default_lifetime_of_45_days()
    {
        var signer = Signer("k2");

        var verified = signer.Verify(signer.Sign("ทดสอบ-2567-M01", "progress", DirectoryRole.Division, "registry@district.example", "ฝ่ายทะเบียน", 2));

        Assert.True(verified.IsValid);
        Assert.Equal(Claims(Now.AddDays(45)) with { IssuedAt = Now }, verified.Claims);
    }

    [Fact]
    public void A_tampered_payload_or_signature_is_refused()
    {
        var signer = Signer("k2");
        var token = signer.Sign(Claims(Now.AddDays(1)));
        var other = signer.Sign(Claims(Now.AddDays(1)) with { InstanceId = "ทดสอบ-2567-M02", Role = DirectoryRole.Director });
        var parts = token.Split('.');
        var swapped = $"{parts[0]}.{other.Split('.')[1]}.{parts[2]}";
        var flipped = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];

        Assert.Equal(LinkError.BadSignature, signer.Verify(swapped).Error);
        Assert.False(signer.Verify(flipped).IsValid);
        Assert.Equal(LinkError.Malformed, signer.Verify("not-a-token").Error);
    }

    [Fact]
    public void An_expired_link_is_refused_as_expired()
    {
        var signer = Signer("k2");
        var token = signer.Sign(Claims(Now.AddDays(1)));

        time.Advance(TimeSpan.FromDays(1));

        Assert.Equal(LinkError.Expired, signer.Verify(token).Error);
    }

    [Fact]
    public void After_rotation_old_links_verify_until_the_old_key_grace_period_ends()
    {
        var old = Signer("k1").Sign(Claims(Now.AddDays(45)));
        var rotated = Signer("k2", oldRetiredOn: Now);

        Assert.True(rotated.Verify(old).IsValid);
        Assert.StartsWith("k2.", rotated.Sign(Claims(Now.AddDays(1))), StringComparison.Ordinal);
        time.Advance(TimeSpan.FromDays(10));
        Assert.Equal(LinkError.UnknownKey, rotated.Verify(old).Error);
    }

    [Fact]
    public void A_link_forged_with_a_retired_key_after_its_retirement_is_refused_during_the_grace_period()
    {
        var rotated = Signer("k2", oldRetiredOn: Now);
        time.Advance(TimeSpan.FromDays(2));
        var forger = Signer("k1");

        var fresh = forger.Sign(Claims(Now.AddDays(40)));
        var backdated = forger.Sign(Claims(Now.AddDays(47)) with { IssuedAt = Now.AddDays(-1) });
        var backdatedWithinOldLifetime = forger.Sign(Claims(Now.AddDays(44)) with { IssuedAt = Now.AddDays(-1) });

        Assert.Equal(LinkError.UnknownKey, rotated.Verify(fresh).Error);
        Assert.Equal(LinkError.UnknownKey, rotated.Verify(backdated).Error);
        // The expiry bounds what a holder of the retired key can still forge: nothing outliving retirement + lifetime.
        Assert.True(rotated.Verify(backdatedWithinOldLifetime).IsValid);
    }

    [Fact]
    public void A_link_sent_before_issue_times_existed_is_judged_by_expiry_minus_lifetime()
    {
        var rotated = Signer("k2", oldRetiredOn: Now);
        var issuedBefore = LegacyTokens.Create(Claims(Now.AddDays(44)));
        var forgedAfter = LegacyTokens.Create(Claims(Now.AddDays(46)));

        time.Advance(TimeSpan.FromDays(2));

        Assert.True(rotated.Verify(issuedBefore).IsValid);
        Assert.Null(rotated.Verify(issuedBefore).Claims!.IssuedAt);
        Assert.Equal(LinkError.UnknownKey, rotated.Verify(forgedAfter).Error);
    }

    [Theory]
    [InlineData(-1, null, true)]
    [InlineData(0, null, true)]
    [InlineData(1, null, false)]
    [InlineData(-1, -5, true)]
    [InlineData(-1, 1, false)]
    [InlineData(1, -5, false)]
    public void Issued_before_retirement_takes_the_later_of_the_stated_and_the_expiry_bound(int expiryOffsetDays, int? issuedOffsetDays, bool before)
    {
        var lifetime = TimeSpan.FromDays(45);
        var claims = Claims(Now + lifetime + TimeSpan.FromDays(expiryOffsetDays)) with { IssuedAt = issuedOffsetDays is { } d ? Now.AddDays(d) : null };

        Assert.Equal(before, LinkSigner.IssuedBeforeRetirement(claims, Now, lifetime));
    }

    [Fact]
    public void A_key_shorter_than_32_characters_is_rejected_at_startup()
    {
        var options = Options.Create(new LinksOptions { SigningKeys = [new LinkSigningKey { Id = "k", Secret = "short" }] });

        Assert.Throws<InvalidOperationException>(() => new LinkSigner(options, time));
    }
}
