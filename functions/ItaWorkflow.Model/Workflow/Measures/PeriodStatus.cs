namespace ItaWorkflow.Workflow.Measures;

/// <summary>Where a follow-up period stands.</summary>
public enum PeriodStatus
{
    /// <summary>Before the plan was activated; nothing is asked.</summary>
    NotRequired,
    Open,
    Submitted,
    Returned,
    Approved,
    Missed,
}
