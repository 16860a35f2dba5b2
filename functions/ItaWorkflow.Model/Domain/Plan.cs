namespace ItaWorkflow.Domain;

/// <summary>A district office's measures for one fiscal year.</summary>
/// <param name="District">District office name in Thai, e.g. หนองแขม.</param>
/// <param name="FiscalYear">Buddhist-Era fiscal year, e.g. 2567.</param>
/// <param name="Measures">The measures in plan order.</param>
public sealed record Plan(string District, int FiscalYear, IReadOnlyList<Measure> Measures);
