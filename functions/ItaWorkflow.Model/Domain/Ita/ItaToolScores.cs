namespace ItaWorkflow.Domain.Ita;

/// <summary>A district's ITA scores per tool, each 0–100.</summary>
/// <param name="Iit">Internal stakeholders' perception score.</param>
/// <param name="Eit">External stakeholders' perception score.</param>
/// <param name="Oit">Open data score.</param>
public sealed record ItaToolScores(decimal Iit, decimal Eit, decimal Oit);
