using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// One row per instance (partition = district) with what lists filter on, so listing never reads history
/// or snapshots. Written after each commit; the recovery sweep re-syncs it if a crash skipped that write.
/// </summary>
public sealed class InstanceIndex(StorageClients storage, TitleCatalog titles)
{
    private const string NoDistrict = "-";

    // One marker row per district partition lives here (row key = the partition), plus a completion row once rows
    // indexed before markers existed were found; neither key can come from PartitionOf for a real district name.
    private const string DistrictsPartition = "!districts";
    private const string CompleteMarker = "!complete";

    // Districts whose marker this process has written or read, so a marker costs one write per district per process.
    private readonly ConcurrentDictionary<string, bool> knownDistricts = new(StringComparer.Ordinal);

    private TableClient Table => storage.Table(StorageNames.InstanceIndex);

    /// <summary>Writes the instance's row, and the district's marker the first time this process sees the district.</summary>
    public async Task UpsertAsync(InstanceRecord record, CancellationToken cancellationToken)
    {
        var summary = record.Summary;
        var partition = PartitionOf(summary.District);
        var entity = new TableEntity(partition, record.InstanceId)
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
        var write = storage.Writes(StorageNames.InstanceIndex).UpsertAsync(entity, cancellationToken);
        if (knownDistricts.ContainsKey(partition))
        {
            await write;
        }
        else
        {
            await Task.WhenAll(write, RegisterDistrictAsync(partition, cancellationToken));
        }

        titles.Observe(partition, record.InstanceId, summary.Title);
    }

    public async Task RemoveAsync(string district, string instanceId, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(PartitionOf(district), instanceId, ETag.All, cancellationToken);
            titles.Forget(PartitionOf(district), instanceId);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Never indexed, or already removed.
        }
    }

    /// <summary>Most index rows one list call reads while applying in-memory filters before it returns a partial page.</summary>
    public const int ScanBudget = 2000;

    /// <summary>Most table requests one list call makes before it returns a partial (possibly empty) page.</summary>
    public const int ReadBudget = 4;

    /// <summary>Most index rows one title search reads one by one (rows whose titles match) before it returns a partial page.</summary>
    public const int PointReadBudget = 200;

    // Rows a title search reads at once.
    private const int ParallelReads = 50;

    /// <summary>
    /// A page of instances in (district, instance id) order. An all-district query walks the districts one partition
    /// at a time, because a cross-partition query makes the storage service (Azurite in particular) scan and sort the
    /// whole table for every page. The continuation token names the district and the last row handed out, so the next
    /// page is a single-partition query for the rows after it. A page may hold fewer than
    /// <see cref="InstanceQuery.PageSize"/> items before the last one when in-memory filters or districts without
    /// matches used up <see cref="ScanBudget"/> or <see cref="ReadBudget"/>; a null token means there is nothing more.
    /// </summary>
    public async Task<InstancePage> ListAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, 1000);
        var scoped = query.District is { Length: > 0 } district ? PartitionOf(district) : null;
        var cursor = DecodeToken(query.ContinuationToken);
        IReadOnlyList<string>? districts = null;
        string? partition;
        string? after = null;
        if (scoped is not null)
        {
            // A token from another district (or tampered with) restarts this district; it never widens the scope.
            partition = scoped;
            after = cursor?.Partition == scoped ? cursor.Value.After : null;
        }
        else if (cursor is { } c)
        {
            (partition, after) = c;
        }
        else
        {
            districts = await DistrictsAsync(cancellationToken);
            partition = districts.Count > 0 ? districts[0] : null;
        }

        if (!string.IsNullOrWhiteSpace(query.TitleContains))
        {
            return await SearchTitlesAsync(query, pageSize, scoped, partition, after, districts, cancellationToken);
        }

        var items = new List<InstanceListItem>(pageSize);
        var scanned = 0;
        var reads = 0;
        while (partition is not null)
        {
            var readSize = query.FiltersInMemory ? Math.Clamp(pageSize * 20, 200, 1000) : pageSize - items.Count;
            var last = after;
            await foreach (var page in Table.QueryAsync<TableEntity>(Filter(query, partition, after), maxPerPage: readSize, cancellationToken: cancellationToken)
                .AsPages(pageSizeHint: readSize))
            {
                reads++;
                for (var i = 0; i < page.Values.Count; i++)
                {
                    scanned++;
                    last = page.Values[i].RowKey;
                    var item = ToItem(page.Values[i]);
                    if (!query.Matches(item))
                    {
                        continue;
                    }

                    items.Add(item);
                    if (items.Count == pageSize)
                    {
                        return i < page.Values.Count - 1 || page.ContinuationToken is not null
                            ? new InstancePage(items, EncodeToken(partition, last))
                            : new InstancePage(items, await NextTokenAsync(scoped, partition, districts, cancellationToken));
                    }
                }

                if (page.ContinuationToken is not null && (reads >= ReadBudget || scanned >= ScanBudget))
                {
                    return new InstancePage(items, EncodeToken(partition, last));
                }
            }

            if (scoped is not null)
            {
                break;
            }

            districts ??= await DistrictsAsync(cancellationToken);
            partition = NextDistrict(districts, partition);
            after = null;
            if (partition is not null && (reads >= ReadBudget || scanned >= ScanBudget))
            {
                return new InstancePage(items, EncodeToken(partition, null));
            }
        }

        return new InstancePage(items, null);
    }

    /// <summary>
    /// A page of a title search: the matching titles come from <see cref="TitleCatalog"/>, and only their index rows
    /// are read, one by one, to check the other filters and fill the page. Order and tokens are those of
    /// <see cref="ListAsync"/>.
    /// </summary>
    private async Task<InstancePage> SearchTitlesAsync(
        InstanceQuery query, int pageSize, string? scoped, string? partition, string? after, IReadOnlyList<string>? districts, CancellationToken cancellationToken)
    {
        var needle = TitleCatalog.Fold(query.TitleContains!);
        var items = new List<InstanceListItem>(pageSize);
        var reads = 0;
        var pointReads = 0;
        while (partition is not null)
        {
            var (catalog, requests) = await titles.GetAsync(partition, cancellationToken);
            reads += requests;
            var matches = new List<string>();
            for (var i = TitleCatalog.FindFirstAfter(catalog, after); i < catalog.Count; i++)
            {
                if (catalog[i].FoldedTitle.Contains(needle, StringComparison.Ordinal))
                {
                    matches.Add(catalog[i].InstanceId);
                }
            }

            var position = 0;
            while (position < matches.Count)
            {
                var take = Math.Min(Math.Min(pageSize - items.Count, ParallelReads), matches.Count - position);
                var rows = await Task.WhenAll(matches.GetRange(position, take).Select(id => ReadItemAsync(partition, id, cancellationToken)));
                pointReads += take;
                foreach (var row in rows)
                {
                    position++;
                    if (row is null || !query.MatchesEveryFilter(row))
                    {
                        continue;
                    }

                    items.Add(row);
                    if (items.Count == pageSize)
                    {
                        return new InstancePage(items, position < matches.Count
                            ? EncodeToken(partition, row.InstanceId)
                            : await NextTokenAsync(scoped, partition, districts, cancellationToken));
                    }
                }

                if (position < matches.Count && pointReads >= PointReadBudget)
                {
                    return new InstancePage(items, EncodeToken(partition, matches[position - 1]));
                }
            }

            if (scoped is not null)
            {
                break;
            }

            districts ??= await DistrictsAsync(cancellationToken);
            partition = NextDistrict(districts, partition);
            after = null;
            if (partition is not null && (reads >= ReadBudget || pointReads >= PointReadBudget))
            {
                return new InstancePage(items, EncodeToken(partition, null));
            }
        }

        return new InstancePage(items, null);
    }

    private async Task<InstanceListItem?> ReadItemAsync(string partition, string instanceId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(partition, instanceId, cancellationToken: cancellationToken);
        if (row.HasValue)
        {
            return ToItem(row.Value!);
        }

        titles.Forget(partition, instanceId);
        return null;
    }

    /// <summary>Every instance matching a query, page by page (for batch actions, purges and dashboards).</summary>
    public async IAsyncEnumerable<InstanceListItem> AllAsync(
        InstanceQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? token = null;
        do
        {
            var page = await ListAsync(query with { PageSize = 1000, ContinuationToken = token }, cancellationToken);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
    }

    private async Task<string?> NextTokenAsync(string? scoped, string partition, IReadOnlyList<string>? districts, CancellationToken cancellationToken)
    {
        if (scoped is not null)
        {
            return null;
        }

        var next = NextDistrict(districts ?? await DistrictsAsync(cancellationToken), partition);
        return next is null ? null : EncodeToken(next, null);
    }

    private static string? NextDistrict(IReadOnlyList<string> districts, string partition) =>
        districts.FirstOrDefault(d => string.CompareOrdinal(d, partition) > 0);

    /// <summary>
    /// The district partitions in ordinal order, from the marker rows <see cref="UpsertAsync"/> writes. Rows indexed
    /// before markers existed are found once by walking the partitions, after which a completion row is kept.
    /// </summary>
    private async Task<IReadOnlyList<string>> DistrictsAsync(CancellationToken cancellationToken)
    {
        var districts = new List<string>();
        var complete = false;
        await foreach (var marker in Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {DistrictsPartition}"), select: [nameof(TableEntity.RowKey)], cancellationToken: cancellationToken))
        {
            if (marker.RowKey == CompleteMarker)
            {
                complete = true;
            }
            else
            {
                districts.Add(marker.RowKey);
                knownDistricts.TryAdd(marker.RowKey, true);
            }
        }

        if (!complete)
        {
            districts.AddRange(await FindDistrictsAsync(cancellationToken));
            await Table.UpsertEntityAsync(new TableEntity(DistrictsPartition, CompleteMarker), TableUpdateMode.Replace, cancellationToken);
        }

        return [.. districts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private async Task<List<string>> FindDistrictsAsync(CancellationToken cancellationToken)
    {
        var found = new List<string>();
        string? previous = null;
        while (true)
        {
            var filter = previous is null
                ? TableClient.CreateQueryFilter($"PartitionKey ne {DistrictsPartition}")
                : TableClient.CreateQueryFilter($"PartitionKey gt {previous} and PartitionKey ne {DistrictsPartition}");
            string? next = null;
            await foreach (var page in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: [nameof(TableEntity.PartitionKey)], cancellationToken: cancellationToken)
                .AsPages(pageSizeHint: 1))
            {
                next = page.Values.FirstOrDefault()?.PartitionKey;
                if (next is not null)
                {
                    break;
                }
            }

            if (next is null)
            {
                return found;
            }

            await RegisterDistrictAsync(next, cancellationToken);
            found.Add(next);
            previous = next;
        }
    }

    private async Task RegisterDistrictAsync(string partition, CancellationToken cancellationToken)
    {
        await Table.UpsertEntityAsync(new TableEntity(DistrictsPartition, partition), TableUpdateMode.Replace, cancellationToken);
        knownDistricts.TryAdd(partition, true);
    }

    private static string EncodeToken(string partition, string? after) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes<string?[]>([partition, after]));

    /// <summary>The district and last row key a token names; null for a missing, malformed or forged token.</summary>
    private static (string Partition, string? After)? DecodeToken(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<string?[]>(Base64Url.DecodeFromChars(token)) is [{ Length: > 0 } partition, var after] && partition != DistrictsPartition
                ? (partition, after)
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    public static string PartitionOf(string district) => string.IsNullOrEmpty(district) ? NoDistrict : district;

    private static string Filter(InstanceQuery q, string partition, string? after)
    {
        var clauses = new List<string> { TableClient.CreateQueryFilter($"PartitionKey eq {partition}") };
        if (after is not null)
        {
            clauses.Add(TableClient.CreateQueryFilter($"RowKey gt {after}"));
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

        return string.Join(" and ", clauses);
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
