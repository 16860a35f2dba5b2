namespace ItaWorkflow.Reports;

/// <summary>
/// Looks up the wording of an ITA question (e.g. I8) for the assessment year a plan answers; null when unknown.
/// The hook through which the per-year question catalog feeds the report's indicator-and-question column.
/// </summary>
public delegate string? QuestionWording(int fiscalYear, string questionCode);
