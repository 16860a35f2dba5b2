namespace ItaWorkflow.Notifications;

/// <summary>Configuration section <c>Email:SendGrid</c>.</summary>
public sealed class SendGridSettings
{
    /// <summary>From configuration or Key Vault; never committed.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>API host override, for tests against a loopback fake.</summary>
    public string? Host { get; set; }
}
