namespace ItaWorkflow.Workflow.Engine;

/// <summary>Why an event was refused, so callers can answer users precisely.</summary>
public enum RefusalKind
{
    None,

    /// <summary>The transition table has no entry for this event in the current step.</summary>
    NotAllowed,

    /// <summary>The same thing was already done (same idempotency key, or the state already reflects it).</summary>
    AlreadyDone,

    /// <summary>The event's content is wrong for this instance (another period, unknown division…).</summary>
    Invalid,

    /// <summary>A timer the instance no longer waits for.</summary>
    Stale,

    /// <summary>The instance is finished and accepts no events.</summary>
    Finished,

    /// <summary>No instance with that id.</summary>
    NotFound,
}
