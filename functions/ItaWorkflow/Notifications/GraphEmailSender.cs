using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;
using Microsoft.Kiota.Abstractions;

namespace ItaWorkflow.Notifications;

/// <summary>
/// Sends through Microsoft Graph <c>users/{id}/sendMail</c> with app-only auth. Graph answers 202 without a message id,
/// so the recorded provider id is our reference, also sent as the <c>X-Ita-Reference</c> header.
/// </summary>
public sealed class GraphEmailSender(GraphServiceClient client, IOptions<EmailOptions> options) : IEmailSender
{
    public string Provider => nameof(EmailProvider.Graph);

    public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var body = new SendMailPostRequestBody
        {
            Message = new Message
            {
                Subject = message.Subject,
                Body = new ItemBody { ContentType = BodyType.Html, Content = message.Html },
                From = new Recipient { EmailAddress = new EmailAddress { Address = settings.FromAddress, Name = settings.FromName } },
                ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = message.To } }],
                InternetMessageHeaders = [new InternetMessageHeader { Name = "X-Ita-Reference", Value = message.Reference }],
            },
            SaveToSentItems = false,
        };
        try
        {
            await client.Users[settings.Graph.SenderUserId].SendMail.PostAsync(body, cancellationToken: cancellationToken);
        }
        catch (ApiException e)
        {
            throw new EmailDeliveryException(
                $"Graph answered {e.ResponseStatusCode}: {e.Message}", e.ResponseStatusCode, EmailDeliveryException.IsPermanent(e.ResponseStatusCode), e);
        }

        return new EmailSendResult(message.Reference);
    }

    /// <summary>Builds an app-only client from <see cref="GraphMailSettings"/>.</summary>
    public static GraphServiceClient CreateClient(GraphMailSettings settings)
    {
        var credential = new Azure.Identity.ClientSecretCredential(settings.TenantId, settings.ClientId, settings.ClientSecret);
        return new GraphServiceClient(credential, ["https://graph.microsoft.com/.default"], settings.BaseUrl);
    }
}
