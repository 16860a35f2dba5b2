namespace ItaWorkflow.Notifications;

/// <summary>Which <see cref="IEmailSender"/> the app uses.</summary>
public enum EmailProvider
{
    Pickup,
    SendGrid,
    Graph,
}
