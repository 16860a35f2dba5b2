namespace ItaWorkflow.Reports;

/// <summary>
/// Where a round's report stands as the reports page shows it. The director's approval publishes the report at once,
/// so approved and published are one status.
/// </summary>
public enum ReportStatus
{
    /// <summary>The round has not opened and no draft was compiled.</summary>
    Waiting,

    /// <summary>A draft exists, or the workflow is compiling the report.</summary>
    Draft,

    /// <summary>With the ITA coordinator.</summary>
    CoordinatorReview,

    /// <summary>With the district director.</summary>
    DirectorReview,

    /// <summary>Approved by the director and published.</summary>
    Published,
}
