namespace ItaWorkflow.Reports;

/// <summary>Settings for compiled reports.</summary>
public sealed class ReportOptions
{
    public const string SectionName = "Reports";

    /// <summary>Base URL under which uploaded evidence is downloadable; blob names are appended.</summary>
    public string EvidenceBaseUrl { get; set; } = "http://localhost:7071/manage/evidence/";

    /// <summary>Name of the district director printed in the signature block, per district; blank lines are left when unknown.</summary>
    public Dictionary<string, string> DirectorNames { get; set; } = [];
}
