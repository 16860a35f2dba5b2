using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace ItaWorkflow.Notifications;

/// <summary>Sends through the SendGrid v3 API; the provider id is the <c>X-Message-Id</c> response header.</summary>
public sealed class SendGridEmailSender(ISendGridClient client, IOptions<EmailOptions> options) : IEmailSender
{
    public string Provider => nameof(EmailProvider.SendGrid);

    public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var mail = MailHelper.CreateSingleEmail(
            new EmailAddress(settings.FromAddress, settings.FromName), new EmailAddress(message.To), message.Subject, message.Text, message.Html);
        mail.AddCustomArg("reference", message.Reference);
        var response = await client.SendEmailAsync(mail, cancellationToken);
        var status = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Body.ReadAsStringAsync(cancellationToken);
            throw new EmailDeliveryException(
                $"SendGrid answered {status}: {body[..Math.Min(body.Length, 300)]}", status, EmailDeliveryException.IsPermanent(status));
        }

        return new EmailSendResult(response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null);
    }

    /// <summary>Builds the client from <see cref="SendGridSettings"/> (host override for tests).</summary>
    public static ISendGridClient CreateClient(SendGridSettings settings)
    {
        var clientOptions = new SendGridClientOptions { ApiKey = settings.ApiKey };
        if (!string.IsNullOrEmpty(settings.Host))
        {
            clientOptions.Host = settings.Host;
        }

        return new SendGridClient(clientOptions);
    }
}
