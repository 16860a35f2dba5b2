namespace ItaWorkflow.Workflow.Measures;

/// <summary>The measure's current wait: for what, due when, and the nudges still to come.</summary>
/// <param name="Kind">What is awaited.</param>
/// <param name="Due">When it becomes overdue.</param>
/// <param name="Stages">Remaining nudges, earliest first; the first one has a timer scheduled.</param>
/// <param name="TimerId">Timer of the first remaining stage; other timers are stale.</param>
/// <param name="Level">0 nothing sent, 1 reminded, 2 escalated to the division head, 3 to the director.</param>
public sealed record Wait(WaitKind Kind, DateTimeOffset Due, IReadOnlyList<WaitStage> Stages, string? TimerId, int Level);
