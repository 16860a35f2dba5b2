namespace ItaWorkflow.Workflow.Measures;

/// <summary>One planned nudge of a wait: a reminder, an escalation, or rolling over to the next period.</summary>
public sealed record WaitStage(DateTimeOffset At, string Purpose);
