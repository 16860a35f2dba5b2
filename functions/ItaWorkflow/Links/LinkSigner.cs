using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Hosting.AppSettings;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Links;

/// <summary>
/// Signs and verifies link tokens <c>{keyId}.{payload}.{signature}</c>: payload is base64url JSON of
/// <see cref="LinkClaims"/>, signature is HMAC-SHA256 over <c>{keyId}.{payload}</c>. A retired key
/// (<see cref="LinkSigningKey.RetiredOn"/>) still verifies for <see cref="LinksOptions.RetiredKeyGracePeriod"/>, but only
/// links issued before its retirement (<see cref="IssuedBeforeRetirement"/>).
/// </summary>
public sealed class LinkSigner(IOptions<LinksOptions> options, TimeProvider time)
{
    private readonly LinksOptions settings = Validate(options.Value);

    /// <summary>Signs claims expiring after <see cref="LinksOptions.Lifetime"/>.</summary>
    public string Sign(string instanceId, string task, Directories.DirectoryRole role, string recipient, string? division, int period) =>
        Sign(new LinkClaims(instanceId, task, role, recipient, division, period, time.GetUtcNow() + settings.Lifetime));

    /// <summary>Signs <paramref name="claims"/> with the current key, stamping the issue time unless it is given.</summary>
    public string Sign(LinkClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var key = settings.SigningKeys.First(k => k.Id == (string.IsNullOrEmpty(settings.CurrentKeyId) ? settings.SigningKeys[0].Id : settings.CurrentKeyId));
        var issued = claims with { IssuedAt = claims.IssuedAt ?? time.GetUtcNow() };
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(issued, EngineJson.Options));
        var signed = $"{key.Id}.{payload}";
        return $"{signed}.{Base64Url.EncodeToString(Mac(key, signed))}";
    }

    /// <summary>The absolute URL of the page for a token.</summary>
    public string UrlFor(string token) => $"{settings.PublicBaseUrl.TrimEnd('/')}/l/{token}";

    public LinkVerification Verify(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return new LinkVerification(null, LinkError.Malformed);
        }

        var now = time.GetUtcNow();
        var key = settings.SigningKeys.FirstOrDefault(k => k.Id == parts[0]);
        if (key is null || key.RetiredOn + settings.RetiredKeyGracePeriod <= now)
        {
            return new LinkVerification(null, LinkError.UnknownKey);
        }

        byte[] signature;
        byte[] payload;
        try
        {
            signature = Base64Url.DecodeFromChars(parts[2]);
            payload = Base64Url.DecodeFromChars(parts[1]);
        }
        catch (FormatException)
        {
            return new LinkVerification(null, LinkError.Malformed);
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Mac(key, $"{parts[0]}.{parts[1]}")))
        {
            return new LinkVerification(null, LinkError.BadSignature);
        }

        LinkClaims? claims;
        try
        {
            claims = JsonSerializer.Deserialize<LinkClaims>(payload, EngineJson.Options);
        }
        catch (JsonException)
        {
            return new LinkVerification(null, LinkError.Malformed);
        }

        if (claims is null)
        {
            return new LinkVerification(null, LinkError.Malformed);
        }

        if (key.RetiredOn is { } retiredOn && !IssuedBeforeRetirement(claims, retiredOn, settings.Lifetime))
        {
            return new LinkVerification(null, LinkError.UnknownKey);
        }

        return claims.ExpiresAt <= now ? new LinkVerification(claims, LinkError.Expired) : new LinkVerification(claims, LinkError.None);
    }

    /// <summary>
    /// Whether a link signed with a key retired at <paramref name="retiredOn"/> was issued no later than that. Whoever
    /// holds the retired key can write any <see cref="LinkClaims.IssuedAt"/>, so the issue time is also bounded by the
    /// expiry: a link lives at most <paramref name="lifetime"/>, so it was issued no earlier than <c>ExpiresAt - lifetime</c>.
    /// Links without <see cref="LinkClaims.IssuedAt"/> (sent before the claim existed) are judged by that bound alone.
    /// A forged link therefore cannot outlive <c>retiredOn + lifetime</c>.
    /// </summary>
    public static bool IssuedBeforeRetirement(LinkClaims claims, DateTimeOffset retiredOn, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var earliestIssue = claims.ExpiresAt - lifetime;
        var issued = claims.IssuedAt is { } stated && stated > earliestIssue ? stated : earliestIssue;
        return issued <= retiredOn;
    }

    private static byte[] Mac(LinkSigningKey key, string text) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(key.Secret), Encoding.UTF8.GetBytes(text));

    // Start-up validation (LinksOptionsValidator) explains bad settings to the operator; this guards direct use.
    private static LinksOptions Validate(LinksOptions options)
    {
        if (options.SigningKeys.Count == 0 || options.SigningKeys.Any(k => string.IsNullOrEmpty(k.Id) || k.Secret.Length < 32 || k.Id.Contains('.')))
        {
            throw new InvalidOperationException("Links:SigningKeys needs at least one key with an Id (no dots) and a Secret of 32+ characters.");
        }

        if (options.CurrentKeyId is { Length: > 0 } current && options.SigningKeys.All(k => k.Id != current))
        {
            throw new InvalidOperationException($"Links:CurrentKeyId '{current}' is not among Links:SigningKeys.");
        }

        return options;
    }
}
