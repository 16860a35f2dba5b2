namespace ItaWorkflow.Workflow.Engine;

/// <summary>Wake the instance at <paramref name="DueAt"/> with a <see cref="TimerFired"/> event.</summary>
/// <param name="TimerId">Unique per instance; the state machine ignores timers it no longer waits for.</param>
/// <param name="DueAt">When to fire.</param>
/// <param name="Purpose">What the timer is for (reminder, escalation, fiscal-year end…), for history and the admin page.</param>
public sealed record ScheduleTimer(string TimerId, DateTimeOffset DueAt, string Purpose) : WorkflowCommand;
