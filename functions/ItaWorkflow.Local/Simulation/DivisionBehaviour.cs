namespace ItaWorkflow.Simulation;

/// <summary>How a simulated division answers one follow-up period.</summary>
public enum DivisionBehaviour
{
    /// <summary>Reports on the reminder day.</summary>
    OnTime,

    /// <summary>Reports only after the escalation to the division head.</summary>
    Late,

    /// <summary>Never reports for this period.</summary>
    Silent,
}
