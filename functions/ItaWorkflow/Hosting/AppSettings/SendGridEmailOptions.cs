namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>SendGrid settings (<c>Email:SendGrid</c>).</summary>
public sealed class SendGridEmailOptions
{
    /// <summary>API key with Mail Send permission. In Azure a Key Vault reference.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>API host override; tests point it at a loopback fake. Empty uses SendGrid's.</summary>
    public string Host { get; set; } = "";
}
