namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>Outgoing email (section <c>Email</c>).</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    /// <summary>The sending service; the pickup folder suits local development only.</summary>
    public EmailProvider Provider { get; set; } = EmailProvider.Pickup;

    /// <summary>Sender address shown to recipients.</summary>
    public string From { get; set; } = "ita-workflow@localhost";

    /// <summary>Sender display name.</summary>
    public string FromName { get; set; } = "ระบบติดตามมาตรการ ITA";

    public SendGridEmailOptions SendGrid { get; set; } = new();

    public GraphEmailOptions Graph { get; set; } = new();

    public PickupEmailOptions Pickup { get; set; } = new();

    /// <summary>
    /// How long an email another attempt is still sending belongs to it. Activities run at least once: after this, a
    /// record still "Sending" means that attempt died, and a repeat takes over.
    /// </summary>
    public TimeSpan SendingLease { get; set; } = TimeSpan.FromMinutes(5);
}
