using System.Collections.Concurrent;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Simulation;

/// <summary>
/// Acts as the divisions, the director and the coordinator of some districts at a clock stop: divisions
/// acknowledge at once and report per <see cref="SimulatedDecisions"/>; the director approves (or returns once)
/// at the stop after a submission; the coordinator forwards compiled reports and the director approves them.
/// Refused raises (already done by an earlier, interrupted run) are ignored.
/// </summary>
/// <remarks>
/// The office remembers the state it last saw of each instance with its version, and the index lists every running
/// instance with its current version, so an instance is read again only after it changed; the read is taken from
/// <paramref name="snapshots"/> (what this process committed last) when that holds the listed version. Choices depend
/// only on the state and the clock, so they are the same as when every instance is read at every stop.
/// </remarks>
public sealed class SimulatedOffice(WorkflowClient client, TimeProvider time, int seed, SnapshotCache? snapshots = null)
{
    private const string Actor = "simulated";
    private static readonly MeasureWorkflow Measures = new();
    private static readonly PlanWorkflow Plans = new();
    private readonly ConcurrentDictionary<string, Observed> observed = new(StringComparer.Ordinal);
    private long reads;

    /// <summary>How many instances are acted on at once; each one's choices depend only on its own state.</summary>
    public const int Parallelism = 16;

    /// <summary>Instance reads (from storage or the snapshot cache) since this office was made; unchanged instances are not read.</summary>
    public long Reads => Interlocked.Read(ref reads);

    /// <summary>Acts once on every running instance of the given districts; returns how many events were raised.</summary>
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

    private async Task<int> ActOnAsync(InstanceListItem item, CancellationToken cancellationToken)
    {
        if (await ObserveAsync(item, cancellationToken) is not { } state)
        {
            return 0;
        }

        var events = state.Plan is { } plan
            ? PlanEvents(plan)
            : MeasureEvents(item.InstanceId, state.Measure!, time.GetUtcNow(), seed);
        foreach (var workflowEvent in events)
        {
            await client.RaiseEventAsync(item.InstanceId, new EventEnvelope(workflowEvent, Actor), cancellationToken);
        }

        return events.Count;
    }

    /// <summary>The running instance's state at the listed version: remembered, cached, or read; null when it is not running.</summary>
    private async Task<Observed?> ObserveAsync(InstanceListItem item, CancellationToken cancellationToken)
    {
        if (observed.TryGetValue(item.InstanceId, out var known) && known.Version == item.Version)
        {
            return known;
        }

        Interlocked.Increment(ref reads);
        var snapshot = snapshots?.Get(item.InstanceId) is { } cached && cached.Version == item.Version
            ? cached
            : (await client.GetStatusAsync(item.InstanceId, false, cancellationToken))?.Instance;
        if (snapshot is null || snapshot.Status != RuntimeStatus.Running)
        {
            observed.TryRemove(item.InstanceId, out _);
            return null;
        }

        var state = snapshot.Definition == PlanWorkflow.DefinitionName
            ? new Observed(snapshot.Version, Plans.ReadState(snapshot.StateJson), null)
            : new Observed(snapshot.Version, null, Measures.ReadState(snapshot.StateJson));
        observed[item.InstanceId] = state;
        return state;
    }

    /// <summary>What the divisions and the director do on a measure at <paramref name="now"/>.</summary>
    public static IReadOnlyList<WorkflowEvent> MeasureEvents(string instanceId, MeasureState state, DateTimeOffset now, int seed)
    {
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
    public static IReadOnlyList<WorkflowEvent> PlanEvents(PlanState state) =>
    [
        .. state.Reports.Select(r => r.Stage switch
        {
            ReportStage.CoordinatorReview => (WorkflowEvent?)new ReportForwarded(r.Round, "ตรวจสอบแล้ว"),
            ReportStage.DirectorApproval => new ReportApproved(r.Round, "อนุมัติ"),
            _ => null,
        }).OfType<WorkflowEvent>(),
    ];

    /// <summary>An instance's state as the office last saw it: a plan's or a measure's.</summary>
    private sealed record Observed(long Version, PlanState? Plan, MeasureState? Measure);
}
