namespace ItaWorkflow.Workflow.Engine;

/// <summary>The answer to raising an event.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Reason">Why, when it was not applied.</param>
/// <param name="Refusal">The refusal kind, when refused.</param>
/// <param name="Previous">For <see cref="RaiseOutcome.AlreadyDone"/>: who applied it first, and when.</param>
/// <param name="Version">The instance version after the call.</param>
public sealed record RaiseResult(RaiseOutcome Outcome, string? Reason, RefusalKind Refusal, AppliedEvent? Previous, long Version)
{
    public bool Succeeded => Outcome is RaiseOutcome.Applied or RaiseOutcome.Deferred;
}
