namespace ItaWorkflow.Notifications;

/// <summary>Configuration section <c>Email</c>.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public EmailProvider Provider { get; set; } = EmailProvider.Pickup;

    public string FromAddress { get; set; } = "ita-workflow@localhost";

    public string FromName { get; set; } = "ระบบติดตามมาตรการ ITA";

    public SendGridSettings SendGrid { get; set; } = new();

    public GraphMailSettings Graph { get; set; } = new();

    /// <summary>Folder of .eml files written by the pickup sender.</summary>
    public string PickupFolder { get; set; } = Path.Combine(Path.GetTempPath(), "ita-workflow-mail");
}
