using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Admin;

/// <summary>One page of the admin instance list, in the order the admin chose.</summary>
/// <param name="Items">The rows of this page, sorted.</param>
/// <param name="ContinuationToken">Where the next page starts; null on the last page.</param>
/// <param name="SortedWithinPageOnly">True when too many rows match to sort them all, so only this page is sorted.</param>
/// <param name="Total">How many rows match the filter, counted up to a cap.</param>
/// <param name="MoreThanTotal">True when more rows than <paramref name="Total"/> match and counting stopped at the cap.</param>
public sealed record AdminListPage(IReadOnlyList<InstanceListItem> Items, string? ContinuationToken, bool SortedWithinPageOnly, int Total, bool MoreThanTotal);
