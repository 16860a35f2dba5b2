namespace ItaWorkflow.Notifications;

/// <summary>Where one email stands.</summary>
public enum EmailStatus
{
    /// <summary>Claimed; being handed to the provider (or a transient failure will be retried).</summary>
    Sending,
    Sent,

    /// <summary>Refused for good (bad address, no recipient); shown to the admin, not retried.</summary>
    Failed,
}
