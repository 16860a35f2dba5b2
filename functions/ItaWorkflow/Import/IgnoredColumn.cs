namespace ItaWorkflow.Import;

/// <summary>A header column no role claims, and whether any data row put text in it.</summary>
internal sealed class IgnoredColumn(SourceRow headerRow, int index)
{
    public SourceRow HeaderRow { get; } = headerRow;

    public int Index { get; } = index;

    public bool HoldsText { get; set; }
}
