using ItaWorkflow.Directories;
using ItaWorkflow.Links;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ItaWorkflow.Tests.Links;

public sealed class LinkSignerTests
{
    private static readonly DateTimeOffset Now = new(2023, 10, 1, 2, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(Now);

    private LinkSigner Signer(string current, DateTimeOffset? oldNotAfter = null) => new(
        Options.Create(new SignedLinkOptions
        {
            CurrentKeyId = current,
            Keys =
            [
                new LinkKey { Id = "k1", Secret = new string('a', 32), NotAfter = oldNotAfter },
                new LinkKey { Id = "k2", Secret = new string('b', 32) },
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
        Assert.Equal(Claims(Now.AddDays(45)), verified.Claims);
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
        var rotated = Signer("k2", oldNotAfter: Now.AddDays(10));

        Assert.True(rotated.Verify(old).IsValid);
        Assert.StartsWith("k2.", rotated.Sign(Claims(Now.AddDays(1))), StringComparison.Ordinal);
        time.Advance(TimeSpan.FromDays(10));
        Assert.Equal(LinkError.UnknownKey, rotated.Verify(old).Error);
    }

    [Fact]
    public void A_key_shorter_than_32_characters_is_rejected_at_startup()
    {
        var options = Options.Create(new SignedLinkOptions { Keys = [new LinkKey { Id = "k", Secret = "short" }] });

        Assert.Throws<InvalidOperationException>(() => new LinkSigner(options, time));
    }
}
