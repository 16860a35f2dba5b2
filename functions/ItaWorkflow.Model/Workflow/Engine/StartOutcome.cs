namespace ItaWorkflow.Workflow.Engine;

public enum StartOutcome
{
    Started,
    AlreadyExists,
}
