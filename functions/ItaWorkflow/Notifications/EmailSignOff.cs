namespace ItaWorkflow.Notifications;

/// <summary>Who an email is from and whom to contact, for the closing of every email.</summary>
/// <param name="Office">The sending office, e.g. สำนักงานเขตหนองแขม.</param>
/// <param name="ContactName">The ITA coordinator's name, when the directory gives one.</param>
/// <param name="ContactEmail">An address to reply to, when known.</param>
/// <param name="ContactPhone">A telephone number, when known.</param>
public sealed record EmailSignOff(string Office, string? ContactName = null, string? ContactEmail = null, string? ContactPhone = null);
