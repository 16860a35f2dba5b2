using System.Collections.Concurrent;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>
/// How many messages this process raised on each case. A driver waiting for cases to settle compares it with what each
/// case says it received: a raise still in the queue is otherwise invisible to it.
/// </summary>
public sealed class RaiseLedger
{
    private readonly ConcurrentDictionary<string, long> raised = new(StringComparer.Ordinal);

    public void Count(string instanceId) => raised.AddOrUpdate(instanceId, 1, (_, n) => n + 1);

    public long Of(string instanceId) => raised.GetValueOrDefault(instanceId);
}
