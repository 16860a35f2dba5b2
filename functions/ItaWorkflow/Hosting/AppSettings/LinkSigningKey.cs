namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>An HMAC key for signed links (<c>Links:SigningKeys:{n}</c>).</summary>
public sealed class LinkSigningKey
{
    /// <summary>Short identifier carried in each link so the verifier picks the right key.</summary>
    public string Id { get; set; } = "";

    /// <summary>Base64 key material, at least 32 bytes. In Azure a Key Vault reference.</summary>
    public string Secret { get; set; } = "";

    /// <summary>When the key stopped signing new links; null while it is in service.</summary>
    public DateTimeOffset? RetiredOn { get; set; }
}
