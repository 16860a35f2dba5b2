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
public sealed class SimulatedOffice(WorkflowClient client, TimeProvider time, int seed)
{
    private const string Actor = "simulated";
    private static readonly MeasureWorkflow Measures = new();
    private static readonly PlanWorkflow Plans = new();

    /// <summary>How many instances are acted on at once; each one's choices depend only on its own state.</summary>
    public const int Parallelism = 16;

    /// <summary>Acts once on every running instance of the given districts; returns how many events were raised.</summary>
    public async Task<int> ActAsync(IReadOnlyCollection<string> districts, CancellationToken cancellationToken = default)
    {
        var running = new List<string>();
        foreach (var district in districts)
        {
            string? continuation = null;
            do
            {
                var page = await client.ListAsync(new InstanceQuery(District: district, PageSize: 200, ContinuationToken: continuation), cancellationToken);
                running.AddRange(page.Items.Where(i => i.Status == RuntimeStatus.Running).Select(i => i.InstanceId));
                continuation = page.ContinuationToken;
            }
            while (continuation is not null);
        }

        var raised = 0;
        await Parallel.ForEachAsync(
            running,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (instanceId, token) => Interlocked.Add(ref raised, await ActOnAsync(instanceId, token)));
        return raised;
    }

    private async Task<int> ActOnAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (await client.GetStatusAsync(instanceId, false, cancellationToken) is not { } status || status.Instance.Status != RuntimeStatus.Running)
        {
            return 0;
        }

        var events = status.Instance.Definition == PlanWorkflow.DefinitionName
            ? PlanEvents(Plans.ReadState(status.Instance.StateJson))
            : MeasureEvents(instanceId, Measures.ReadState(status.Instance.StateJson), time.GetUtcNow(), seed);
        foreach (var workflowEvent in events)
        {
            await client.RaiseEventAsync(instanceId, new EventEnvelope(workflowEvent, Actor), cancellationToken);
        }

        return events.Count;
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
}
