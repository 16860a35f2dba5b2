using System.Collections.Concurrent;
using Azure.Data.Tables;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// This process's copy of the instance titles of each district partition, in instance id order, so a title search
/// matches text in memory and reads only the index rows whose titles match. Table Storage cannot filter on a
/// substring, and reading every index row to test its title costs a request per thousand rows.
/// </summary>
/// <remarks>
/// A title never changes after an instance starts, so a copy can only miss instances started by another process
/// since it was loaded (this process's own index writes are added at once); a district's copy is reloaded when it
/// is older than <see cref="RefreshAfter"/>. Purged instances may linger in a copy: searches read the index row of
/// every match and skip rows that are gone.
/// </remarks>
public sealed class TitleCatalog(StorageClients storage, TimeProvider time)
{
    /// <summary>How long a district's copy is trusted before the next search reloads it.</summary>
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, DistrictTitles> districts = new(StringComparer.Ordinal);

    /// <summary>The form titles and search text are compared in (case-folded, so Latin text matches either case).</summary>
    public static string Fold(string text) => text.Trim().ToLowerInvariant();

    /// <summary>A district's titles in instance id order, and how many table requests this call made to read them.</summary>
    public async Task<(IReadOnlyList<TitleEntry> Titles, int Requests)> GetAsync(string partition, CancellationToken cancellationToken)
    {
        if (districts.TryGetValue(partition, out var cached) && time.GetUtcNow() - cached.LoadedAt < RefreshAfter)
        {
            return (cached.Snapshot(), 0);
        }

        var loadedAt = time.GetUtcNow();
        var titles = new List<TitleEntry>();
        var requests = 0;
        await foreach (var page in storage.Table(StorageNames.InstanceIndex).QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), maxPerPage: 1000, select: [nameof(TableEntity.RowKey), "Title"], cancellationToken: cancellationToken)
            .AsPages(pageSizeHint: 1000))
        {
            requests++;
            titles.AddRange(page.Values.Select(row => new TitleEntry(row.RowKey, Fold(row.GetString("Title") ?? ""))));
        }

        titles.Sort((a, b) => string.CompareOrdinal(a.InstanceId, b.InstanceId));
        var loaded = new DistrictTitles(titles, loadedAt);
        districts[partition] = loaded;
        return (loaded.Snapshot(), requests);
    }

    /// <summary>Adds or updates an instance this process has just indexed, if its district is loaded.</summary>
    public void Observe(string partition, string instanceId, string title)
    {
        if (districts.TryGetValue(partition, out var titles))
        {
            titles.Set(instanceId, Fold(title));
        }
    }

    /// <summary>Drops an instance this process has just removed from the index.</summary>
    public void Forget(string partition, string instanceId)
    {
        if (districts.TryGetValue(partition, out var titles))
        {
            titles.Remove(instanceId);
        }
    }

    private sealed class DistrictTitles(List<TitleEntry> sorted, DateTimeOffset loadedAt)
    {
        private readonly Lock gate = new();
        private TitleEntry[]? snapshot;

        public DateTimeOffset LoadedAt { get; } = loadedAt;

        public IReadOnlyList<TitleEntry> Snapshot()
        {
            lock (gate)
            {
                return snapshot ??= [.. sorted];
            }
        }

        public void Set(string instanceId, string folded)
        {
            lock (gate)
            {
                var at = Find(instanceId);
                if (at >= 0)
                {
                    if (sorted[at].FoldedTitle == folded)
                    {
                        return;
                    }

                    sorted[at] = new TitleEntry(instanceId, folded);
                }
                else
                {
                    sorted.Insert(~at, new TitleEntry(instanceId, folded));
                }

                snapshot = null;
            }
        }

        public void Remove(string instanceId)
        {
            lock (gate)
            {
                var at = Find(instanceId);
                if (at >= 0)
                {
                    sorted.RemoveAt(at);
                    snapshot = null;
                }
            }
        }

        /// <summary>The entry's index, or the bitwise complement of where it would be inserted (as Array.BinarySearch).</summary>
        private int Find(string instanceId)
        {
            var at = FindFirstAfter(sorted, instanceId, inclusive: true);
            return at < sorted.Count && sorted[at].InstanceId == instanceId ? at : ~at;
        }
    }

    /// <summary>Index of the first entry whose id is after <paramref name="instanceId"/> (or equal, when inclusive).</summary>
    public static int FindFirstAfter(IReadOnlyList<TitleEntry> titles, string? instanceId, bool inclusive = false)
    {
        if (instanceId is null)
        {
            return 0;
        }

        int low = 0, high = titles.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var order = string.CompareOrdinal(titles[middle].InstanceId, instanceId);
            if (order < 0 || (order == 0 && !inclusive))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
