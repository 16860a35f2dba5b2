namespace ItaWorkflow.Notifications;

/// <summary>Hands one email to a provider. Throws <see cref="EmailDeliveryException"/> when the provider refuses it.</summary>
public interface IEmailSender
{
    /// <summary>Provider name recorded with each email (Pickup, SendGrid, Graph).</summary>
    string Provider { get; }

    Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
