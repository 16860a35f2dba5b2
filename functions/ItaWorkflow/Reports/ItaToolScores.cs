namespace ItaWorkflow.Reports;

/// <summary>A district's ITA scores per tool, each 0–100.</summary>
public sealed record ItaToolScores(decimal Iit, decimal Eit, decimal Oit);
