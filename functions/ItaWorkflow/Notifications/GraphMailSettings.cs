namespace ItaWorkflow.Notifications;

/// <summary>Configuration section <c>Email:Graph</c>: app-only auth and the mailbox that sends.</summary>
public sealed class GraphMailSettings
{
    public string TenantId { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>Object id or UPN of the sending mailbox (users/{id}/sendMail).</summary>
    public string SenderUserId { get; set; } = "";

    /// <summary>Graph base URL override, for tests (default https://graph.microsoft.com/v1.0).</summary>
    public string? BaseUrl { get; set; }
}
