namespace ItaWorkflow.Links;

/// <summary>One HMAC key. Keep a retired key with <see cref="NotAfter"/> set so links signed with it still verify until then.</summary>
public sealed class LinkKey
{
    public string Id { get; set; } = "";

    /// <summary>At least 32 characters of secret text.</summary>
    public string Secret { get; set; } = "";

    /// <summary>After this instant the key no longer verifies links (rotation grace period end).</summary>
    public DateTimeOffset? NotAfter { get; set; }
}
