namespace ItaWorkflow.Reports;

/// <summary>Whether a measure's row in a report carries approved progress or a result carried over from an imported report.</summary>
public enum ReportRowStatus
{
    /// <summary>The director approved at least one progress report within the round.</summary>
    Approved,

    /// <summary>No progress was reported within the round.</summary>
    MissingProgress,

    /// <summary>Progress was reported within the round but none of it is approved yet.</summary>
    Unapproved,

    /// <summary>
    /// No approved progress in the round, but the progress report imported with the plan already stated a result;
    /// that result is printed, marked as carried over.
    /// </summary>
    Imported,
}
