namespace ItaWorkflow.Notifications;

/// <summary>Subject, HTML and plain text of one email.</summary>
public sealed record RenderedEmail(string Subject, string Html, string Text);
