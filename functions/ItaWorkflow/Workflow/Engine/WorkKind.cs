namespace ItaWorkflow.Workflow.Engine;

public enum WorkKind
{
    /// <summary>Run the named outbox rows of one instance, reading them first (retries, recovery, admin retry).</summary>
    Dispatch,

    /// <summary>Deliver a fired timer.</summary>
    Timer,

    /// <summary>Run freshly committed outbox rows of one or more instances carried in the message.</summary>
    Deliver,
}
