using Microsoft.DurableTask.Client;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>
/// Drives cases that run on a virtual clock (the year simulation, tests): waits until every case has caught up with what
/// was raised on it, and moves business time from wake-up to wake-up, raising the due wake-ups instead of waiting on
/// durable timers.
/// </summary>
public sealed class WorkflowDriver(DurableTaskClient client, DurableWorkflowClient workflows, RaiseLedger ledger)
{
    private static readonly OrchestrationRuntimeStatus[] Live =
        [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running];

    /// <summary>
    /// Waits until no live case has anything left to decide: each has received everything this process raised on it,
    /// holds no pending message, no inbox and no due wake-up, and no new case appeared since the last look. Returns the
    /// cases' generations as they then stand.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, WorkflowGeneration>> SettleAsync(CancellationToken cancellationToken)
    {
        var pause = TimeSpan.FromMilliseconds(20);
        IReadOnlyDictionary<string, WorkflowGeneration>? previous = null;
        while (true)
        {
            var (cases, settled) = await ReadAsync(cancellationToken);
            if (settled && previous is not null && previous.Count == cases.Count && cases.Keys.All(previous.ContainsKey))
            {
                return cases;
            }

            previous = settled ? cases : null;
            await Task.Delay(pause, cancellationToken);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromMilliseconds(200).Ticks));
        }
    }

    /// <summary>
    /// Moves business time from wake-up to wake-up up to <paramref name="until"/>: at each stop the clock is set
    /// (<paramref name="setClock"/>), every case due then is woken, the cases settle, and <paramref name="atEachStop"/>
    /// lets simulated people act (what they raise is settled too). Returns the number of stops.
    /// </summary>
    public async Task<int> RunUntilAsync(
        DateTimeOffset until, Action<DateTimeOffset> setClock, Func<DateTimeOffset, CancellationToken, Task>? atEachStop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setClock);
        var stops = 0;
        var cases = await SettleAsync(cancellationToken);
        while (true)
        {
            var due = cases
                .Where(c => c.Value.VirtualClock && (!c.Value.IsFinished || c.Value.Parked.Count > 0) && c.Value.NextTimer is not null)
                .Select(c => (Id: c.Key, At: c.Value.NextTimer!.DueAt))
                .ToList();
            if (due.Count == 0 || due.Min(d => d.At) > until)
            {
                setClock(until);
                return stops;
            }

            var at = due.Min(d => d.At);
            setClock(at);
            await Task.WhenAll(due.Where(d => d.At <= at).Select(d => workflows.WakeUpAsync(d.Id, at, cancellationToken)));
            await SettleAsync(cancellationToken);
            if (atEachStop is not null)
            {
                await atEachStop(at, cancellationToken);
            }

            stops++;
            cases = await SettleAsync(cancellationToken);
        }
    }

    private async Task<(Dictionary<string, WorkflowGeneration> Cases, bool Settled)> ReadAsync(CancellationToken cancellationToken)
    {
        var cases = new Dictionary<string, WorkflowGeneration>(StringComparer.Ordinal);
        var settled = true;
        var query = new OrchestrationQuery { Statuses = Live, FetchInputsAndOutputs = true, PageSize = 1000 };
        await foreach (var metadata in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
        {
            var generation = metadata.RuntimeStatus == OrchestrationRuntimeStatus.Pending || metadata.SerializedInput is null
                ? null
                : metadata.ReadInputAs<WorkflowGeneration>();
            if (generation is null)
            {
                settled = false;
                continue;
            }

            cases[metadata.InstanceId] = generation;
            settled &= generation.Pending is null && generation.DueTimer is null && generation.Inbox.Count == 0
                && generation.Received >= ledger.Of(metadata.InstanceId);
        }

        return (cases, settled);
    }
}
