namespace ItaWorkflow.Reports;

/// <summary>A link a report page offers, e.g. a download.</summary>
/// <param name="Text">What the link says.</param>
/// <param name="Href">Where it goes; always an address of this app.</param>
public sealed record ReportLink(string Text, string Href);
