using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Measures;

/// <summary>History: a reminder or escalation went out.</summary>
/// <param name="Wait">What was awaited.</param>
/// <param name="Purpose">reminder, escalation1, escalation2, review-reminder, review-escalation.</param>
/// <param name="Period">Period index.</param>
/// <param name="Level">Wait level after this nudge.</param>
public sealed record NudgeSent(WaitKind Wait, string Purpose, int Period, int Level) : WorkflowEvent;
