namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>
/// Signed links emailed to divisions and the director (section <c>Links</c>). New links are signed
/// with <see cref="CurrentKeyId"/>; a retired key still verifies for <see cref="RetiredKeyGracePeriod"/>
/// after its retirement so links already sent keep working while keys rotate.
/// </summary>
public sealed class LinksOptions
{
    public const string SectionName = "Links";

    /// <summary>Absolute base address links point at (in Azure, the Function App's https host name).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>Every key that signs or still verifies links.</summary>
    public List<LinkSigningKey> SigningKeys { get; set; } = [];

    /// <summary>The <see cref="LinkSigningKey.Id"/> that signs new links.</summary>
    public string CurrentKeyId { get; set; } = "";

    /// <summary>How long a link stays valid after it is issued.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(45);

    /// <summary>How long after <see cref="LinkSigningKey.RetiredOn"/> a retired key still verifies links.</summary>
    public TimeSpan RetiredKeyGracePeriod { get; set; } = TimeSpan.FromDays(45);
}
