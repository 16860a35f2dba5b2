namespace ItaWorkflow.Reports;

/// <summary>Settings for compiled reports.</summary>
public sealed class ReportOptions
{
    public const string SectionName = "Reports";

    /// <summary>
    /// Name of the district director per district, used when the district directory has no director name; blank
    /// lines are left when neither knows it.
    /// </summary>
    public Dictionary<string, string> DirectorNames { get; set; } = [];
}
