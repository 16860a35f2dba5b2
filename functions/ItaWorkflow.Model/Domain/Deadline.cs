namespace ItaWorkflow.Domain;

/// <summary>A measure's deadline as the plan wrote it, and the date it means.</summary>
/// <param name="Kind">Whether the plan gave a day, only a month, or nothing.</param>
/// <param name="Date">The exact day, or the last day of the month for month-only deadlines.</param>
/// <param name="Text">The original text.</param>
public sealed record Deadline(DeadlineKind Kind, DateOnly? Date, string Text)
{
    public static Deadline None { get; } = new(DeadlineKind.None, null, "");
}
