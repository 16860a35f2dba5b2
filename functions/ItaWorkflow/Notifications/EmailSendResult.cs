namespace ItaWorkflow.Notifications;

/// <summary>What a provider answered for an accepted email.</summary>
public sealed record EmailSendResult(string? ProviderMessageId);
