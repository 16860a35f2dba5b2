namespace ItaWorkflow.Domain;

/// <summary>
/// Results a progress report already stated for the measure (ผลการดำเนินการ, ปัญหา/อุปสรรค, evidence). They travel
/// with the measure from the draft into the stored plan and the measure's workflow state, marked as imported.
/// </summary>
/// <param name="Result">What the report says was done.</param>
/// <param name="Problems">Problems and obstacles it reports.</param>
/// <param name="EvidenceUrls">Links to evidence found in the report.</param>
/// <param name="Imported">True when read from a document rather than submitted through the app.</param>
public sealed record ReportedProgress(string Result, string Problems, IReadOnlyList<string> EvidenceUrls, bool Imported = false);
