namespace ItaWorkflow.Workflow.Engine;

/// <summary>Inputs of a transition besides state and event.</summary>
/// <param name="InstanceId">The instance being decided.</param>
/// <param name="Now">The time of the decision, from the injected <see cref="TimeProvider"/>.</param>
/// <param name="Actor">Who raised the event.</param>
public sealed record TransitionContext(string InstanceId, DateTimeOffset Now, string Actor);
