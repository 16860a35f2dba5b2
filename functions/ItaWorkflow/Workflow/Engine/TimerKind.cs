namespace ItaWorkflow.Workflow.Engine;

public enum TimerKind
{
    /// <summary>A workflow's durable timer: fires a <see cref="TimerFired"/> event.</summary>
    Workflow,

    /// <summary>A backoff before dispatching a failed outbox row again.</summary>
    Retry,
}
