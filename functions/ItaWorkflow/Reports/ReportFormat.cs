namespace ItaWorkflow.Reports;

/// <summary>The file formats a report is exported in.</summary>
public enum ReportFormat
{
    Docx,
    Xlsx,
}
