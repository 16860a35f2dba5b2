namespace ItaWorkflow.Workflow.Engine;

/// <summary>Where an outbox row is in its dispatch.</summary>
public enum OutboxStatus
{
    Pending,
    RetryScheduled,
    Done,
    DeadLettered,
}
