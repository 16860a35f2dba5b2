using ItaWorkflow.Domain.Ita;

namespace ItaWorkflow.Import;

/// <summary>Question codes read from a cell, with the raw text when it had to be repaired.</summary>
internal sealed record ParsedCodes(IReadOnlyList<QuestionCode> Codes, string? RepairedFrom, string? InvalidText)
{
    public static ParsedCodes None { get; } = new([], null, null);
}
