namespace ItaWorkflow.Import;

/// <summary>An indicator named in a cell: its number, the score printed beside it, and whether the written number disagreed with the name.</summary>
internal sealed record IndicatorHeading(int Number, decimal? Score, int? WrittenNumber);
