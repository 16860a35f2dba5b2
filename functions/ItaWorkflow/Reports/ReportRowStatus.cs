namespace ItaWorkflow.Reports;

/// <summary>Whether a measure's row in a report carries approved progress.</summary>
public enum ReportRowStatus
{
    /// <summary>The director approved at least one progress report within the round.</summary>
    Approved,

    /// <summary>No progress was reported within the round.</summary>
    MissingProgress,

    /// <summary>Progress was reported within the round but none of it is approved yet.</summary>
    Unapproved,
}
