namespace ItaWorkflow.Workflow.Durable;

/// <summary>A wake-up a definition asked for (its <c>ScheduleTimer</c> command), kept in the generation until it fires.</summary>
/// <param name="TimerId">The definition's timer id; scheduling the same id again moves it.</param>
/// <param name="DueAt">When it is due.</param>
/// <param name="Purpose">What it is for (reminder, escalation, fiscal-year end…).</param>
public sealed record DurableTimer(string TimerId, DateTimeOffset DueAt, string Purpose);
