namespace ItaWorkflow.Workflow.Engine;

public enum WorkKind
{
    Dispatch,
    Timer,
}
