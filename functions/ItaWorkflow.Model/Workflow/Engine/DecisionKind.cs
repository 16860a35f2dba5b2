namespace ItaWorkflow.Workflow.Engine;

/// <summary>What a transition did with an event.</summary>
public enum DecisionKind
{
    /// <summary>The event changed the instance; history, state and outbox are committed together.</summary>
    Applied,

    /// <summary>The instance is not waiting for this event yet; it is kept and offered again after each transition.</summary>
    Deferred,

    /// <summary>The event is not allowed now; nothing is written.</summary>
    Refused,
}
