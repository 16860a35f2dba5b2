namespace ItaWorkflow.Workflow.Engine;

/// <summary>Filters for listing instances from the index table; all optional.</summary>
/// <remarks>
/// Without <see cref="District"/> the index answers district by district (see <see cref="InstanceIndex.ListAsync"/>).
/// <see cref="Division"/> cannot be expressed as a Table Storage filter; the index applies it to the rows it reads
/// and keeps reading (up to <see cref="InstanceIndex.ScanBudget"/> rows and <see cref="InstanceIndex.ReadBudget"/>
/// requests) until a page is filled. <see cref="TitleContains"/> is matched against <see cref="TitleCatalog"/> first,
/// and only matching rows are read (up to <see cref="InstanceIndex.PointReadBudget"/>). So an answer may hold fewer
/// than <see cref="PageSize"/> items, even none, before the last page; only a null continuation token ends the list.
/// <see cref="ContinuationToken"/> is opaque; a malformed one starts from the first page, and one from another
/// district never widens a district-scoped query.
/// </remarks>
public sealed record InstanceQuery(
    string? District = null,
    int? FiscalYear = null,
    string? Definition = null,
    RuntimeStatus? Status = null,
    string? Step = null,
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedTo = null,
    int? Indicator = null,
    DateTimeOffset? DueBefore = null,
    int PageSize = 50,
    string? ContinuationToken = null,
    string? Division = null,
    string? TitleContains = null)
{
    /// <summary>Whether the query has filters the index must apply after reading rows.</summary>
    public bool FiltersInMemory => !string.IsNullOrWhiteSpace(Division) || !string.IsNullOrWhiteSpace(TitleContains);

    /// <summary>Whether an index row passes every filter but <see cref="District"/> (rows read one by one, for title search).</summary>
    public bool MatchesEveryFilter(InstanceListItem item) =>
        (FiscalYear is null || item.FiscalYear == FiscalYear)
        && (string.IsNullOrEmpty(Definition) || item.Definition == Definition)
        && (Status is null || item.Status == Status)
        && (string.IsNullOrEmpty(Step) || item.Step == Step)
        && (CreatedFrom is null || item.CreatedAt >= CreatedFrom)
        && (CreatedTo is null || item.CreatedAt < CreatedTo)
        && (Indicator is null || item.Indicator == Indicator)
        && (DueBefore is null || (item.NextDue is { } due && due < DueBefore))
        && Matches(item);

    /// <summary>Whether an index row passes the in-memory filters; a division matches on part of its name ("คลัง" finds ฝ่ายการคลัง).</summary>
    public bool Matches(InstanceListItem item) =>
        (string.IsNullOrWhiteSpace(Division) || item.Divisions.Any(d => d.Contains(Division.Trim(), StringComparison.OrdinalIgnoreCase)))
        && (string.IsNullOrWhiteSpace(TitleContains) || item.Title.Contains(TitleContains.Trim(), StringComparison.OrdinalIgnoreCase));
}
