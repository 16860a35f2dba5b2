namespace ItaWorkflow.Workflow.Engine;

/// <summary>Where an outbox row is in its dispatch.</summary>
public enum OutboxStatus
{
    Pending,

    /// <summary>Claimed by a consumer until its lease ends; another consumer leaves it alone meanwhile.</summary>
    Dispatching,
    RetryScheduled,
    Done,
    DeadLettered,
}
