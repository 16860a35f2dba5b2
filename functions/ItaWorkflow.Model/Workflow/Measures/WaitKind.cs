namespace ItaWorkflow.Workflow.Measures;

/// <summary>What the measure is waiting for.</summary>
public enum WaitKind
{
    Acknowledgement,
    Progress,
    Review,
}
