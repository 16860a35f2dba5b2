namespace ItaWorkflow.Workflow.Engine;

public static class RuntimeStatusExtensions
{
    /// <summary>Finished instances accept no more events and may be purged.</summary>
    public static bool IsFinished(this RuntimeStatus status) =>
        status is RuntimeStatus.Completed or RuntimeStatus.Failed or RuntimeStatus.Terminated;
}
