using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>
/// Answers a raise before it is sent. The orchestrator decides events asynchronously, so pages decide the same event
/// against the read model's state with the same pure definition and answer refusals at once, with the same reasons
/// (and, through <c>LinkPages.Describe</c>, the same Thai wording) as the engine; what the preview accepts is raised.
/// </summary>
public static class WorkflowPreview
{
    /// <summary>What raising <paramref name="workflowEvent"/> on a case in <paramref name="stateJson"/> would do now.</summary>
    /// <param name="definition">The case's definition.</param>
    /// <param name="stateJson">The case's state.</param>
    /// <param name="workflowEvent">The event a page is about to raise.</param>
    /// <param name="now">The time of the request.</param>
    /// <param name="actor">Who raises it.</param>
    public static RaiseResult Decide(IWorkflowDefinition definition, string stateJson, WorkflowEvent workflowEvent, DateTimeOffset now, string actor = "preview")
    {
        ArgumentNullException.ThrowIfNull(definition);
        var outcome = definition.Decide(stateJson, workflowEvent, new TransitionContext("preview", now, actor));
        var answer = outcome.Kind switch
        {
            DecisionKind.Applied => RaiseOutcome.Applied,
            DecisionKind.Deferred => RaiseOutcome.Deferred,
            _ when outcome.Refusal == RefusalKind.AlreadyDone => RaiseOutcome.AlreadyDone,
            _ => RaiseOutcome.Refused,
        };
        return new RaiseResult(answer, outcome.Reason, outcome.Refusal, null, 0);
    }

    /// <summary>
    /// The same, against a case's generation: also answers a repeated idempotency key and a finished case as the
    /// orchestrator will.
    /// </summary>
    public static RaiseResult Decide(WorkflowCatalog catalog, WorkflowGeneration generation, WorkflowEventMessage message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(generation);
        ArgumentNullException.ThrowIfNull(message);
        return generation.StateJson is null
            ? new RaiseResult(RaiseOutcome.NotFound, "The case has not started yet.", RefusalKind.NotFound, null, 0)
            : WorkflowStepper.Step(catalog, "preview", generation with { Pending = message }, now).Result;
    }
}
