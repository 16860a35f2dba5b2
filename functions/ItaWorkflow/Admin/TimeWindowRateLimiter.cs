using System.Threading.RateLimiting;

namespace ItaWorkflow.Admin;

/// <summary>
/// A fixed-window limiter that reads time from a <see cref="TimeProvider"/> (the framework's own uses the process
/// clock), so tests can move the window with a fake clock. Leases are never queued: over the limit is refused at once.
/// </summary>
public sealed class TimeWindowRateLimiter(int permitLimit, TimeSpan window, TimeProvider time) : RateLimiter
{
    private readonly Lock gate = new();
    private DateTimeOffset windowStart = time.GetUtcNow();
    private int used;

    /// <summary>
    /// Idle only once the current window has ended with permits used: the partitioned limiter drops idle limiters,
    /// and dropping one mid-window would hand its caller a fresh allowance.
    /// </summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (gate)
            {
                var sinceEnd = time.GetUtcNow() - (windowStart + window);
                return used == 0 ? time.GetUtcNow() - windowStart : sinceEnd >= TimeSpan.Zero ? sinceEnd : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (gate)
        {
            Roll();
            return new RateLimiterStatistics { CurrentAvailablePermits = permitLimit - used };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (gate)
        {
            Roll();
            if (used + permitCount <= permitLimit)
            {
                used += permitCount;
                return Lease.Acquired;
            }

            return new Lease(false, windowStart + window - time.GetUtcNow());
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private void Roll()
    {
        var now = time.GetUtcNow();
        if (now >= windowStart + window)
        {
            windowStart = now;
            used = 0;
        }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Acquired = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter is { } after && metadataName == MetadataName.RetryAfter.Name ? after : null;
            return metadata is not null;
        }
    }
}
