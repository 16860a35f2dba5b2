namespace ItaWorkflow.Workflow.Measures;

/// <summary>Names of wait stages, stored in state and timer purposes.</summary>
public static class WaitPurposes
{
    public const string Reminder = "reminder";
    public const string Escalation1 = "escalation1";
    public const string Escalation2 = "escalation2";
    public const string Rollover = "rollover";
}
