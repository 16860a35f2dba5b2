using Azure;
using Azure.Data.Tables;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// One row per instance (partition = district) with what lists filter on, so listing never reads history
/// or snapshots. Written after each commit; the recovery sweep re-syncs it if a crash skipped that write.
/// </summary>
public sealed class InstanceIndex(StorageClients storage)
{
    private const string NoDistrict = "-";

    private TableClient Table => storage.Table(StorageNames.InstanceIndex);

    public Task UpsertAsync(InstanceRecord record, CancellationToken cancellationToken)
    {
        var summary = record.Summary;
        var entity = new TableEntity(PartitionOf(summary.District), record.InstanceId)
        {
            ["Definition"] = record.Definition,
            ["Status"] = record.Status.ToString(),
            ["Step"] = record.Step,
            ["Title"] = summary.Title,
            ["District"] = summary.District,
            ["FiscalYear"] = summary.FiscalYear,
            ["Indicator"] = summary.Indicator,
            ["Divisions"] = "|" + string.Join("|", summary.Divisions) + "|",
            ["NextDue"] = summary.NextDue,
            ["CreatedAt"] = record.CreatedAt,
            ["UpdatedAt"] = record.UpdatedAt,
            ["Version"] = record.Version,
        };
        return storage.Writes(StorageNames.InstanceIndex).UpsertAsync(entity, cancellationToken);
    }

    public async Task RemoveAsync(string district, string instanceId, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(PartitionOf(district), instanceId, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Never indexed, or already removed.
        }
    }

    /// <summary>Most index rows one list call reads while applying in-memory filters before it returns a partial page.</summary>
    public const int ScanBudget = 5000;

    private const string ScanTokenPrefix = "scan:";

    public async Task<InstancePage> ListAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, 1000);
        if (!query.FiltersInMemory)
        {
            await foreach (var page in Table.QueryAsync<TableEntity>(Filter(query), maxPerPage: pageSize, cancellationToken: cancellationToken)
                .AsPages(query.ContinuationToken, pageSize))
            {
                return new InstancePage([.. page.Values.Select(ToItem)], page.ContinuationToken);
            }

            return new InstancePage([], null);
        }

        return await ScanAsync(query, pageSize, cancellationToken);
    }

    /// <summary>
    /// In-memory filters: reads table pages of up to 1,000 rows and hands out matches a page at a time. The token
    /// names the table page and how many of its matches were already handed out, so the next call re-reads that
    /// one page and carries on; a page's worth of matches usually costs one table read instead of many small ones.
    /// </summary>
    private async Task<InstancePage> ScanAsync(InstanceQuery query, int pageSize, CancellationToken cancellationToken)
    {
        var scanSize = Math.Clamp(pageSize * 10, 200, 1000);
        var (token, skip) = DecodeScanToken(query.ContinuationToken);
        var items = new List<InstanceListItem>();
        var scanned = 0;
        while (true)
        {
            Page<TableEntity>? page = null;
            await foreach (var p in Table.QueryAsync<TableEntity>(Filter(query), maxPerPage: scanSize, cancellationToken: cancellationToken)
                .AsPages(token, scanSize))
            {
                page = p;
                break;
            }

            if (page is null)
            {
                return new InstancePage(items, null);
            }

            var available = page.Values.Select(ToItem).Where(query.Matches).Skip(skip).ToList();
            var taken = available.Take(pageSize - items.Count).ToList();
            items.AddRange(taken);
            if (taken.Count < available.Count)
            {
                return new InstancePage(items, $"{ScanTokenPrefix}{skip + taken.Count}:{token}");
            }

            scanned += page.Values.Count;
            token = page.ContinuationToken;
            skip = 0;
            if (token is null || items.Count >= pageSize || scanned >= ScanBudget)
            {
                return new InstancePage(items, token);
            }
        }
    }

    private static (string? Token, int Skip) DecodeScanToken(string? token)
    {
        if (token is null || !token.StartsWith(ScanTokenPrefix, StringComparison.Ordinal))
        {
            return (token, 0);
        }

        var rest = token[ScanTokenPrefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && int.TryParse(rest.AsSpan(0, colon), System.Globalization.CultureInfo.InvariantCulture, out var skip) && skip >= 0
            ? (rest[(colon + 1)..] is { Length: > 0 } inner ? inner : null, skip)
            : (null, 0);
    }

    /// <summary>Every instance id matching a query, following continuation tokens (for batch actions and purges).</summary>
    public async IAsyncEnumerable<InstanceListItem> AllAsync(
        InstanceQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in Table.QueryAsync<TableEntity>(Filter(query), maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            var item = ToItem(entity);
            if (query.Matches(item))
            {
                yield return item;
            }
        }
    }

    public static string PartitionOf(string district) => string.IsNullOrEmpty(district) ? NoDistrict : district;

    private static string? Filter(InstanceQuery q)
    {
        var clauses = new List<string>();
        if (q.District is { Length: > 0 } district)
        {
            clauses.Add(TableClient.CreateQueryFilter($"PartitionKey eq {PartitionOf(district)}"));
        }

        if (q.FiscalYear is { } fiscalYear)
        {
            clauses.Add(TableClient.CreateQueryFilter($"FiscalYear eq {fiscalYear}"));
        }

        if (q.Definition is { Length: > 0 } definition)
        {
            clauses.Add(TableClient.CreateQueryFilter($"Definition eq {definition}"));
        }

        if (q.Status is { } status)
        {
            clauses.Add(TableClient.CreateQueryFilter($"Status eq {status.ToString()}"));
        }

        if (q.Step is { Length: > 0 } step)
        {
            clauses.Add(TableClient.CreateQueryFilter($"Step eq {step}"));
        }

        if (q.CreatedFrom is { } from)
        {
            clauses.Add(TableClient.CreateQueryFilter($"CreatedAt ge {from}"));
        }

        if (q.CreatedTo is { } to)
        {
            clauses.Add(TableClient.CreateQueryFilter($"CreatedAt lt {to}"));
        }

        if (q.Indicator is { } indicator)
        {
            clauses.Add(TableClient.CreateQueryFilter($"Indicator eq {indicator}"));
        }

        if (q.DueBefore is { } dueBefore)
        {
            clauses.Add(TableClient.CreateQueryFilter($"NextDue lt {dueBefore}"));
        }

        return clauses.Count == 0 ? null : string.Join(" and ", clauses);
    }

    private static InstanceListItem ToItem(TableEntity e) => new(
        e.RowKey,
        e.GetString("Definition") ?? "",
        Enum.Parse<RuntimeStatus>(e.GetString("Status") ?? nameof(RuntimeStatus.Pending)),
        e.GetString("Step") ?? "",
        e.GetString("Title") ?? "",
        e.GetString("District") ?? "",
        e.GetInt32("FiscalYear") ?? 0,
        e.GetInt32("Indicator") ?? 0,
        (e.GetString("Divisions") ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries),
        e.GetDateTimeOffset("NextDue"),
        e.GetDateTimeOffset("CreatedAt") ?? default,
        e.GetDateTimeOffset("UpdatedAt") ?? default,
        e.GetInt64("Version") ?? 0);
}
