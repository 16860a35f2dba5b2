namespace ItaWorkflow.Workflow.Engine;

/// <summary>Lifecycle of an orchestration instance, as Durable Functions names it.</summary>
public enum RuntimeStatus
{
    Pending,
    Running,
    Suspended,
    Completed,
    Failed,
    Terminated,
}
