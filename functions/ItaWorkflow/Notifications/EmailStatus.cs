namespace ItaWorkflow.Notifications;

/// <summary>Where one email stands.</summary>
public enum EmailStatus
{
    /// <summary>Claimed; being handed to the provider.</summary>
    Sending,
    Sent,

    /// <summary>The provider failed for now; the next attempt sends it at once (no other attempt holds it).</summary>
    Retrying,

    /// <summary>Refused for good (bad address, no recipient); shown to the admin, not retried.</summary>
    Failed,
}
