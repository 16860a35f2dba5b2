using ItaWorkflow.Domain;

namespace ItaWorkflow.Reports;

/// <summary>A generated report file in Blob Storage, as the admin page lists it.</summary>
/// <param name="BlobName">Name inside the reports container, used to download it.</param>
/// <param name="District">District the report is for.</param>
/// <param name="FiscalYear">Fiscal year reported on.</param>
/// <param name="Round">First half or full year.</param>
/// <param name="Format">DOCX or XLSX.</param>
/// <param name="SizeBytes">File size.</param>
/// <param name="LastModified">When it was last (re)generated.</param>
/// <param name="IsDraft">A draft an admin compiled, not the document of the review and publication.</param>
public sealed record StoredReport(
    string BlobName,
    string District,
    FiscalYear FiscalYear,
    ReportRound Round,
    ReportFormat Format,
    long SizeBytes,
    DateTimeOffset? LastModified,
    bool IsDraft = false);
