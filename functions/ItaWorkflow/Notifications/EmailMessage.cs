namespace ItaWorkflow.Notifications;

/// <summary>One rendered email to one recipient.</summary>
/// <param name="To">Recipient address.</param>
/// <param name="Subject">Subject line (plain text).</param>
/// <param name="Html">HTML body; user-typed values already escaped.</param>
/// <param name="Text">Plain-text body.</param>
/// <param name="Reference">Our id of the email (instance/row), sent as a header or custom arg where the provider allows.</param>
public sealed record EmailMessage(string To, string Subject, string Html, string Text, string Reference);
