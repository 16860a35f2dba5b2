using System.Collections.Concurrent;
using System.Globalization;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Simulation;

/// <summary>
/// Acts as the divisions, the director and the coordinator of some districts at a clock stop: divisions
/// acknowledge at once and report per <see cref="SimulatedDecisions"/>; the director approves (or returns once)
/// at the stop after a submission; the coordinator forwards compiled reports and the director approves them.
/// </summary>
/// <remarks>
/// Every raise carries a key made of the stop and the case (and the division, for acknowledgements), so a run resumed
/// after a kill that acts again at the same stop adds nothing to a case the killed run already acted on there: a case
/// holding such a key gets only the acknowledgements the killed run had not raised yet.
/// The office remembers the state it last saw of each case with its version, and the list gives every running case's
/// current version, so a case is read again only after it changed (or after the office raised on it). Choices depend
/// only on the state and the clock, so they are the same as when every case is read at every stop.
/// </remarks>
public sealed class SimulatedOffice(WorkflowClient client, TimeProvider time, int seed)
{
    /// <summary>How many cases are acted on at once; each one's choices depend only on its own state.</summary>
    public const int Parallelism = 16;

    private const string Actor = "simulated";
    private static readonly MeasureWorkflow Measures = new();
    private static readonly PlanWorkflow Plans = new();
    private readonly ConcurrentDictionary<string, Observed> observed = new(StringComparer.Ordinal);
    private long reads;

    /// <summary>Case reads since this office was made; unchanged cases are not read.</summary>
    public long Reads => Interlocked.Read(ref reads);

    /// <summary>Acts once on every running case of the given districts; returns how many events were raised.</summary>
    public async Task<int> ActAsync(IReadOnlyCollection<string> districts, CancellationToken cancellationToken = default)
    {
        var running = new List<InstanceListItem>();
        foreach (var district in districts)
        {
            string? continuation = null;
            do
            {
                var page = await client.ListAsync(new InstanceQuery(District: district, PageSize: 200, ContinuationToken: continuation), cancellationToken);
                foreach (var item in page.Items)
                {
                    if (item.Status == RuntimeStatus.Running)
                    {
                        running.Add(item);
                    }
                    else
                    {
                        observed.TryRemove(item.InstanceId, out _);
                    }
                }

                continuation = page.ContinuationToken;
            }
            while (continuation is not null);
        }

        var raised = 0;
        await Parallel.ForEachAsync(
            running,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (item, token) => Interlocked.Add(ref raised, await ActOnAsync(item, token)));
        return raised;
    }

    /// <summary>What the divisions and the director do on a measure at <paramref name="now"/>.</summary>
    public static IReadOnlyList<WorkflowEvent> MeasureEvents(string instanceId, MeasureState state, DateTimeOffset now, int seed)
    {
        ArgumentNullException.ThrowIfNull(state);
        var today = state.Calendar.DayOf(now);
        switch (state.Step)
        {
            case MeasureSteps.Assigned:
                return [.. state.Divisions.Except(state.Acknowledged).Select(d => new DivisionAcknowledged(d))];
            case MeasureSteps.AwaitingProgress when state.Divisions.Count > 0:
                var due = state.CurrentPeriod.Due;
                var answersFrom = SimulatedDecisions.Division(seed, instanceId, state.Current) switch
                {
                    DivisionBehaviour.OnTime => due.AddDays(-state.Calendar.ReminderDaysBefore),
                    DivisionBehaviour.Late => due.AddDays(state.Calendar.EscalationLevel1DaysAfter),
                    _ => DateOnly.MaxValue,
                };
                return today >= answersFrom
                    ? [new ProgressSubmitted(state.Current, state.Divisions[0], WorkStatus.InProgress, Math.Min(100, (state.Current + 1) * 100 / state.Periods.Count), "ดำเนินการตามแผนแล้ว", "", [])]
                    : [];
            case MeasureSteps.AwaitingReview when now > state.CurrentProgress.SubmittedAt:
                return SimulatedDecisions.DirectorReturns(seed, instanceId, state.Current, state.CurrentProgress.Submissions)
                    ? [new ProgressReturned(state.Current, "ขอรายละเอียดเพิ่มเติม")]
                    : [new ProgressApproved(state.Current, "อนุมัติ")];
            default:
                return [];
        }
    }

    /// <summary>What the coordinator and the director do on a plan's reports.</summary>
    public static IReadOnlyList<WorkflowEvent> PlanEvents(PlanState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return
        [
            .. state.Reports.Select(r => r.Stage switch
            {
                ReportStage.CoordinatorReview => (WorkflowEvent?)new ReportForwarded(r.Round, "ตรวจสอบแล้ว"),
                ReportStage.DirectorApproval => new ReportApproved(r.Round, "อนุมัติ"),
                _ => null,
            }).OfType<WorkflowEvent>(),
        ];
    }

    /// <summary>The key of a raise at stop <paramref name="now"/>: one per case and stop, one per division for acknowledgements.</summary>
    public static string KeyOf(DateTimeOffset now, string instanceId, WorkflowEvent workflowEvent) =>
        workflowEvent is DivisionAcknowledged acknowledged
            ? string.Create(CultureInfo.InvariantCulture, $"{StopKey(now, instanceId)}|{acknowledged.Division}")
            : StopKey(now, instanceId);

    private static string StopKey(DateTimeOffset now, string instanceId) =>
        string.Create(CultureInfo.InvariantCulture, $"sim|{now.UtcTicks}|{instanceId}");

    private async Task<int> ActOnAsync(InstanceListItem item, CancellationToken cancellationToken)
    {
        if (await ObserveAsync(item, cancellationToken) is not { } state)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var stop = StopKey(now, item.InstanceId);
        var actedHere = state.Keys.Any(k => k.StartsWith(stop, StringComparison.Ordinal));
        var events = (state.Plan is { } plan ? PlanEvents(plan) : MeasureEvents(item.InstanceId, state.Measure!, now, seed))
            .Where(e => !actedHere || e is DivisionAcknowledged)
            .ToList();
        if (events.Count == 0)
        {
            return 0;
        }

        // Read again at the next stop: the raises change the case even when they are applied after this pass.
        observed.TryRemove(item.InstanceId, out _);
        foreach (var workflowEvent in events)
        {
            await client.RaiseEventAsync(item.InstanceId, new EventEnvelope(workflowEvent, Actor, KeyOf(now, item.InstanceId, workflowEvent)), cancellationToken);
        }

        return events.Count;
    }

    /// <summary>The running case's state at the listed version: remembered or read; null when it is not running.</summary>
    private async Task<Observed?> ObserveAsync(InstanceListItem item, CancellationToken cancellationToken)
    {
        if (observed.TryGetValue(item.InstanceId, out var known) && known.Version == item.Version)
        {
            return known;
        }

        Interlocked.Increment(ref reads);
        var snapshot = (await client.GetStatusAsync(item.InstanceId, false, cancellationToken))?.Instance;
        if (snapshot is null || snapshot.Status != RuntimeStatus.Running)
        {
            observed.TryRemove(item.InstanceId, out _);
            return null;
        }

        var keys = snapshot.Applied.Keys.ToHashSet(StringComparer.Ordinal);
        var state = snapshot.Definition == PlanWorkflow.DefinitionName
            ? new Observed(snapshot.Version, keys, Plans.ReadState(snapshot.StateJson), null)
            : new Observed(snapshot.Version, keys, null, Measures.ReadState(snapshot.StateJson));
        observed[item.InstanceId] = state;
        return state;
    }

    /// <summary>A case as the office last saw it: its version, the raise keys it applied, and a plan's or a measure's state.</summary>
    private sealed record Observed(long Version, IReadOnlySet<string> Keys, PlanState? Plan, MeasureState? Measure);
}
