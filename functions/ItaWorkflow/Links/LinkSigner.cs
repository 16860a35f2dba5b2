using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ItaWorkflow.Workflow.Engine;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Links;

/// <summary>
/// Signs and verifies link tokens <c>{keyId}.{payload}.{signature}</c>: payload is base64url JSON of
/// <see cref="LinkClaims"/>, signature is HMAC-SHA256 over <c>{keyId}.{payload}</c>. Retired keys verify until their
/// <see cref="LinkKey.NotAfter"/>.
/// </summary>
public sealed class LinkSigner(IOptions<SignedLinkOptions> options, TimeProvider time)
{
    private readonly SignedLinkOptions settings = Validate(options.Value);

    /// <summary>Signs claims expiring after <see cref="SignedLinkOptions.Lifetime"/>.</summary>
    public string Sign(string instanceId, string task, Directories.DirectoryRole role, string recipient, string? division, int period) =>
        Sign(new LinkClaims(instanceId, task, role, recipient, division, period, time.GetUtcNow() + settings.Lifetime));

    public string Sign(LinkClaims claims)
    {
        var key = settings.Keys.First(k => k.Id == (settings.CurrentKeyId ?? settings.Keys[0].Id));
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims, EngineJson.Options));
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
        var key = settings.Keys.FirstOrDefault(k => k.Id == parts[0]);
        if (key is null || key.NotAfter <= now)
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

        return claims.ExpiresAt <= now ? new LinkVerification(claims, LinkError.Expired) : new LinkVerification(claims, LinkError.None);
    }

    private static byte[] Mac(LinkKey key, string text) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(key.Secret), Encoding.UTF8.GetBytes(text));

    private static SignedLinkOptions Validate(SignedLinkOptions options)
    {
        if (options.Keys.Count == 0 || options.Keys.Any(k => string.IsNullOrEmpty(k.Id) || k.Secret.Length < 32 || k.Id.Contains('.')))
        {
            throw new InvalidOperationException("Links:Keys needs at least one key with an Id (no dots) and a Secret of 32+ characters.");
        }

        if (options.CurrentKeyId is { } current && options.Keys.All(k => k.Id != current))
        {
            throw new InvalidOperationException($"Links:CurrentKeyId '{current}' is not among Links:Keys.");
        }

        return options;
    }
}
