using ItaWorkflow.Domain.Ita;

namespace ItaWorkflow.Import;

/// <summary>
/// Question codes read from a cell, with the raw text when it had to be repaired, the raw text when it fits no
/// question of the chosen set, and the other year's set it would fit (the document then contradicts the chosen year).
/// </summary>
internal sealed record ParsedCodes(IReadOnlyList<QuestionCode> Codes, string? RepairedFrom, string? InvalidText, ItaQuestionSet? FitsOtherSet = null)
{
    public static ParsedCodes None { get; } = new([], null, null);
}
