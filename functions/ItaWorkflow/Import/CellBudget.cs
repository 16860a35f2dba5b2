using System.Globalization;

namespace ItaWorkflow.Import;

/// <summary>
/// Counts the cells a table reader produces so that a tiny document cannot expand into millions of cells
/// (a merged cell spanning 30 million columns, or endless rows); it throws <see cref="ImportLimitException"/> at the limit.
/// </summary>
internal sealed class CellBudget(ImportOptions options)
{
    private long used;

    public int MaxColumns => options.MaxColumns;

    /// <summary>Refuses a row that would reach <paramref name="width"/> columns.</summary>
    public void CheckWidth(long width)
    {
        if (width > options.MaxColumns)
        {
            throw new ImportLimitException(new ImportError(
                ImportErrorCode.TooManyCells,
                $"ตารางกว้างเกินไป: แถวหนึ่งมีมากกว่า {options.MaxColumns.ToString(CultureInfo.InvariantCulture)} คอลัมน์ (นับรวมเซลล์ที่ผสานกัน)",
                $"A table row is wider than {options.MaxColumns.ToString(CultureInfo.InvariantCulture)} columns (counting merged cells)."));
        }
    }

    /// <summary>Counts a row of <paramref name="cells"/> cells (at least one) and refuses the document past the cell limit.</summary>
    public void CountRow(int cells)
    {
        used += Math.Max(1, cells);
        if (used > options.MaxCells)
        {
            throw new ImportLimitException(new ImportError(
                ImportErrorCode.TooManyCells,
                $"เอกสารมีเซลล์มากเกินไป (เกิน {options.MaxCells.ToString("N0", CultureInfo.InvariantCulture)} เซลล์)",
                $"The document has more than {options.MaxCells.ToString("N0", CultureInfo.InvariantCulture)} cells."));
        }
    }
}
