using System.Globalization;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Admin;

/// <summary>
/// Reads a page of the admin instance list. In instance order it is the index's own page. Table Storage can only
/// hand rows out in key order, so for any other order the whole filtered list is read, sorted and paged by position,
/// as long as it has at most <see cref="SortLimit"/> rows; a longer list is sorted within each page and says so.
/// </summary>
public static class InstanceListReader
{
    /// <summary>Most matching rows sorted as a whole list.</summary>
    public const int SortLimit = 5000;

    /// <summary>Most matching rows counted for the list's total; beyond it the page says "more than".</summary>
    public const int CountLimit = 2000;

    // Tokens of a whole-list sort are positions ("@150"); the index's own tokens are base64url and never start so.
    private const string PositionPrefix = "@";

    public static async Task<AdminListPage> ReadAsync(
        WorkflowClient client, AdminListFilter filter, InstanceQuery query, CancellationToken cancellationToken, int sortLimit = SortLimit)
    {
        var position = Position(filter.Token);
        if ((filter.Sort == "instance" && !filter.Descending) || (filter.Token is not null && position is null))
        {
            return await PageSortedWithinAsync(client, filter, query, filter.Sort != "instance" || filter.Descending, null, cancellationToken);
        }

        var all = new List<InstanceListItem>();
        string? token = null;
        do
        {
            var page = await client.ListAsync(query with { PageSize = 1000, ContinuationToken = token }, cancellationToken);
            all.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null && all.Count <= sortLimit);

        if (all.Count > sortLimit)
        {
            // What was read already answers the count when it is the whole list or already past the count's limit.
            (int, bool)? counted = token is null ? Capped(all.Count, CountLimit) : all.Count > CountLimit ? (CountLimit, true) : null;
            return await PageSortedWithinAsync(client, filter, query with { ContinuationToken = null }, true, counted, cancellationToken);
        }

        var sorted = filter.SortPage(all);
        var start = Math.Min(position ?? 0, sorted.Count);
        var end = Math.Min(start + query.PageSize, sorted.Count);
        return new AdminListPage(
            [.. sorted.Skip(start).Take(end - start)],
            end < sorted.Count ? PositionPrefix + end.ToString(CultureInfo.InvariantCulture) : null,
            false,
            sorted.Count,
            false);
    }

    /// <summary>How many rows match <paramref name="query"/>, reading at most about <paramref name="limit"/> of them.</summary>
    public static async Task<(int Total, bool MoreThan)> CountAsync(WorkflowClient client, InstanceQuery query, CancellationToken cancellationToken, int limit = CountLimit)
    {
        var total = 0;
        string? token = null;
        do
        {
            var page = await client.ListAsync(query with { PageSize = 1000, ContinuationToken = token }, cancellationToken);
            total += page.Items.Count;
            token = page.ContinuationToken;
        }
        while (token is not null && total <= limit);

        return Capped(total, limit);
    }

    private static (int Total, bool MoreThan) Capped(int total, int limit) => total > limit ? (limit, true) : (total, false);

    private static async Task<AdminListPage> PageSortedWithinAsync(
        WorkflowClient client, AdminListFilter filter, InstanceQuery query, bool withinPageOnly, (int Total, bool MoreThan)? counted,
        CancellationToken cancellationToken)
    {
        var page = await client.ListAsync(query, cancellationToken);
        var (total, moreThan) = page.ContinuationToken is null && query.ContinuationToken is null
            ? (page.Items.Count, false)
            : counted ?? await CountAsync(client, query with { ContinuationToken = null }, cancellationToken);
        return new AdminListPage(filter.SortPage(page.Items), page.ContinuationToken, withinPageOnly, total, moreThan);
    }

    private static int? Position(string? token) =>
        token is not null && token.StartsWith(PositionPrefix, StringComparison.Ordinal)
        && int.TryParse(token.AsSpan(PositionPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? position
            : null;
}
