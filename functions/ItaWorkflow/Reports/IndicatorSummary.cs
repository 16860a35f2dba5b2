using ItaWorkflow.Domain.Ita;

namespace ItaWorkflow.Reports;

/// <summary>How many measures of one indicator are in each status.</summary>
/// <param name="Indicator">ITA indicator 1–10.</param>
/// <param name="Tool">Its tool; null when the indicator is not 1–10.</param>
/// <param name="Name">Its Thai name; empty when the indicator is not 1–10.</param>
/// <param name="MeasureCount">Measures of the indicator.</param>
/// <param name="ByStatus">Measure count per status name, ordered by status name.</param>
public sealed record IndicatorSummary(int Indicator, ItaTool? Tool, string Name, int MeasureCount, IReadOnlyDictionary<string, int> ByStatus);
