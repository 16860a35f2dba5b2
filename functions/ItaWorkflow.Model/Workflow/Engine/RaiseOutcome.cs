namespace ItaWorkflow.Workflow.Engine;

/// <summary>How the engine answered a raised event.</summary>
public enum RaiseOutcome
{
    Applied,
    Deferred,
    AlreadyDone,
    Refused,
    Finished,
    NotFound,
}
