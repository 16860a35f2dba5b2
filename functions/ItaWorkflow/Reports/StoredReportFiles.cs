namespace ItaWorkflow.Reports;

/// <summary>Blob names of the two files saved for one report.</summary>
public sealed record StoredReportFiles(string DocxBlobName, string XlsxBlobName);
