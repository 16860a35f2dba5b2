namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>Which service sends the app's email.</summary>
public enum EmailProvider
{
    /// <summary>Writes <c>.eml</c> files to a folder; for local development only.</summary>
    Pickup,

    /// <summary>SendGrid Web API with an API key.</summary>
    SendGrid,

    /// <summary>Microsoft Graph <c>sendMail</c> as a mailbox of the tenant.</summary>
    Graph,
}
