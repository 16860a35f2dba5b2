using System.Collections.Concurrent;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// The snapshots this process last committed, so the next event on the same instance can skip the read. Only ever a
/// hint: a commit from a cached snapshot is guarded by its ETag like any other, a lost race drops the entry and
/// re-reads, and decisions that write nothing are re-checked against a fresh read. Bounded; when full it forgets
/// an arbitrary part rather than tracking recency (a miss only costs the read we would have done anyway).
/// </summary>
public sealed class SnapshotCache(int capacity = SnapshotCache.DefaultCapacity)
{
    public const int DefaultCapacity = 4096;

    private readonly ConcurrentDictionary<string, InstanceRecord> snapshots = new(StringComparer.Ordinal);

    public InstanceRecord? Get(string instanceId) => snapshots.GetValueOrDefault(instanceId);

    /// <summary>Keeps a committed snapshot (it must carry the ETag the commit returned).</summary>
    public void Put(InstanceRecord snapshot)
    {
        if (snapshots.Count >= capacity)
        {
            foreach (var key in snapshots.Keys.Take(capacity / 4))
            {
                snapshots.TryRemove(key, out _);
            }
        }

        snapshots[snapshot.InstanceId] = snapshot;
    }

    public void Forget(string instanceId) => snapshots.TryRemove(instanceId, out _);
}
