using System.Collections.Concurrent;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Tests.Workflow;

/// <summary>Stands in for the notifier in engine tests: records each SendEmail execution by outbox id.</summary>
public sealed class RecordingEmailHandler : ICommandHandler
{
    private readonly ConcurrentQueue<(string OutboxId, SendEmail Email, DateTimeOffset At)> sent = new();

    public TimeProvider? Time { get; set; }

    /// <summary>When set, every execution throws this many times before succeeding (per outbox id).</summary>
    public int FailuresBeforeSuccess { get; set; }

    private readonly ConcurrentDictionary<string, int> failures = new();

    public Type CommandType => typeof(SendEmail);

    public IReadOnlyList<(string OutboxId, SendEmail Email, DateTimeOffset At)> Sent => [.. sent];

    public Task ExecuteAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (FailuresBeforeSuccess > 0 && failures.AddOrUpdate(entry.Id, 1, (_, n) => n + 1) <= FailuresBeforeSuccess)
        {
            throw new InvalidOperationException("provider answered 503");
        }

        sent.Enqueue((entry.Id, (SendEmail)entry.Command, Time?.GetUtcNow() ?? default));
        return Task.CompletedTask;
    }
}
