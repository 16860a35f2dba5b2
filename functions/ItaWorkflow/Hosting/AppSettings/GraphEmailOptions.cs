namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>Microsoft Graph <c>sendMail</c> settings (<c>Email:Graph</c>).</summary>
public sealed class GraphEmailOptions
{
    /// <summary>Entra tenant id; empty uses the managed identity's tenant.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>Client id of the identity granted <c>Mail.Send</c>; empty uses the app's managed identity.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>User id or UPN of the mailbox that sends (e.g. <c>ita@district.bangkok.go.th</c>).</summary>
    public string Sender { get; set; } = "";

    /// <summary>Graph base URL override; tests point it at a loopback fake.</summary>
    public string BaseUrl { get; set; } = "";
}
