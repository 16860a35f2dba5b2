namespace ItaWorkflow.Domain;

/// <summary>Results imported from a progress-report layout; they become the measure's initial progress.</summary>
public sealed record ReportedProgress(string Result, string Problems, IReadOnlyList<string> EvidenceUrls);
