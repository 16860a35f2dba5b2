namespace ItaWorkflow.Links;

/// <summary>Configuration section <c>Links</c>.</summary>
public sealed class SignedLinkOptions
{
    public const string Section = "Links";

    public List<LinkKey> Keys { get; set; } = [];

    /// <summary>The key new links are signed with; defaults to the first key.</summary>
    public string? CurrentKeyId { get; set; }

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(45);

    /// <summary>Where users reach the app; links are built on it.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:7071";
}
