using ItaWorkflow.Links;

namespace ItaWorkflow.Tests.Links;

/// <summary>Tokens as signers wrote them before IssuedAt existed: the same format without the claim.</summary>
internal static class LegacyTokens
{
    public static string Create(LinkClaims claims, string keyId = "k1", string secret = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    {
        var json = System.Text.Json.JsonSerializer.SerializeToNode(claims, ItaWorkflow.Workflow.Engine.EngineJson.Options)!.AsObject();
        Assert.True(json.Remove(json.Single(p => p.Key.Equals(nameof(LinkClaims.IssuedAt), StringComparison.OrdinalIgnoreCase)).Key));
        var signed = $"{keyId}.{System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString()))}";
        var mac = System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret), System.Text.Encoding.UTF8.GetBytes(signed));
        return $"{signed}.{System.Buffers.Text.Base64Url.EncodeToString(mac)}";
    }
}
