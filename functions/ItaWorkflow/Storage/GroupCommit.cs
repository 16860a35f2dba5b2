namespace ItaWorkflow.Storage;

/// <summary>
/// Group commit: while one flush for a key is in flight, later items for that key wait and leave together in the
/// next flush. A lone writer pays no delay; concurrent writers share round trips. Each caller's task completes when
/// the flush carrying its item has succeeded, or fails with that flush's error, so nothing is acknowledged unwritten.
/// </summary>
public sealed class GroupCommit<TKey, TItem>(Func<TKey, IReadOnlyList<TItem>, Task> flush, int maxItemsPerFlush)
    where TKey : notnull
{
    private readonly Dictionary<TKey, List<(TItem Item, TaskCompletionSource Done)>> pendingByKey = [];

    public Task SubmitAsync(TKey key, TItem item)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool startFlushing;
        lock (pendingByKey)
        {
            startFlushing = !pendingByKey.TryGetValue(key, out var pending);
            if (startFlushing)
            {
                pendingByKey[key] = pending = [];
            }

            pending!.Add((item, done));
        }

        if (startFlushing)
        {
            _ = FlushWhilePendingAsync(key);
        }

        return done.Task;
    }

    private async Task FlushWhilePendingAsync(TKey key)
    {
        while (true)
        {
            List<(TItem Item, TaskCompletionSource Done)> batch;
            lock (pendingByKey)
            {
                var pending = pendingByKey[key];
                if (pending.Count == 0)
                {
                    pendingByKey.Remove(key);
                    return;
                }

                batch = pending.Take(maxItemsPerFlush).ToList();
                pending.RemoveRange(0, batch.Count);
            }

            try
            {
                await flush(key, [.. batch.Select(b => b.Item)]);
                batch.ForEach(b => b.Done.SetResult());
            }
            catch (Exception e)
            {
                batch.ForEach(b => b.Done.SetException(e));
            }
        }
    }
}
