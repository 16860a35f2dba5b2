namespace ItaWorkflow.Notifications;

/// <summary>One email to one recipient, as recorded in the Emails table (partition = instance).</summary>
/// <param name="InstanceId">Instance the email is about.</param>
/// <param name="RowKey">Outbox row key plus recipient index: stable across retries.</param>
/// <param name="Recipient">Address ("" when the directory had none).</param>
/// <param name="Template">Template name.</param>
/// <param name="Subject">Rendered subject.</param>
/// <param name="Status">Delivery status.</param>
/// <param name="Provider">Sender used.</param>
/// <param name="ProviderMessageId">The provider's id, when it gave one.</param>
/// <param name="Attempts">Times handed to the provider.</param>
/// <param name="LastError">Last failure.</param>
/// <param name="UpdatedAt">Last change.</param>
public sealed record EmailRecord(
    string InstanceId,
    string RowKey,
    string Recipient,
    string Template,
    string Subject,
    EmailStatus Status,
    string Provider,
    string? ProviderMessageId,
    int Attempts,
    string? LastError,
    DateTimeOffset UpdatedAt);
