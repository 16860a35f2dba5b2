using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Tests.Workflow.Engine;

public sealed class InstanceTransitionPropertyTests
{
    private static readonly WorkflowRegistry Registry = new([new MeasureWorkflow(), new PlanWorkflow()]);
    private static readonly MeasureWorkflow Measures = new();
    private static readonly string[] Divisions = [SampleMeasures.Registry, SampleMeasures.Finance];

    [Property(MaxTest = 300)]
    public Property Random_event_sequences_never_produce_an_invalid_state_or_lose_an_event() =>
        Prop.ForAll(
            Gen.Choose(0, 1000).ArrayOf().Select(a => a.Take(60).ToArray()).ToArbitrary(),
            Gen.Elements(1, 2, 3, 6, 12).ToArbitrary(),
            (choices, months) =>
            {
                var now = SampleMeasures.FiscalYearStart;
                var measure = SampleMeasures.Measure("M01", months, Divisions);
                var commit = InstanceTransition.Start(Measures, "p-M01", JsonSerializer.Serialize(SampleMeasures.Input(measure), EngineJson.Options), "test", now);
                var snapshot = commit.Snapshot;
                var history = commit.History.ToList();
                var approvedEver = new HashSet<int>();
                foreach (var choice in choices)
                {
                    now = now.AddHours(1 + (choice % 97));
                    var state = Measures.ReadState(snapshot.StateJson);
                    var envelope = PickEvent(state, snapshot, choice);
                    var step = InstanceTransition.Apply(Registry, snapshot, envelope, now);
                    if (step.Commit is { } next)
                    {
                        Assert.Equal(snapshot.Version + 1, next.Snapshot.Version);
                        Assert.Equal(snapshot.HistoryCount + next.History.Count, next.Snapshot.HistoryCount);
                        if (step.Result.Outcome == RaiseOutcome.Applied)
                        {
                            Assert.Contains(next.History, h => h.Type == envelope.Event.GetType().Name);
                        }
                        else
                        {
                            Assert.Equal(RaiseOutcome.Deferred, step.Result.Outcome);
                            Assert.Contains(next.Snapshot.Inbox, d => d.Type == envelope.Event.GetType().Name);
                        }

                        Assert.All(next.Outbox, o => Assert.StartsWith(InstanceStore.OutboxRow(next.Snapshot.InstanceId, next.Snapshot.Version, 0)[..^3], o.RowKey));
                        history.AddRange(next.History);
                        snapshot = next.Snapshot;
                    }
                    else
                    {
                        Assert.False(string.IsNullOrEmpty(step.Result.Reason));
                    }

                    AssertInvariants(snapshot, approvedEver);
                }

                Assert.Equal(Enumerable.Range(1, history.Count).Select(i => (long)i), history.Select(h => h.Sequence));
                return true;
            });

    private static EventEnvelope PickEvent(MeasureState state, InstanceRecord snapshot, int choice)
    {
        var division = Divisions[choice % Divisions.Length];
        var period = (choice / 7) % 3 == 0 ? state.Current + (choice % 3) - 1 : state.Current;
        var timer = state.Wait?.TimerId;
        WorkflowEvent workflowEvent = (choice % 14) switch
        {
            0 or 1 => new DivisionAcknowledged(division),
            2 or 3 => new ProgressSubmitted(period, division, WorkStatus.InProgress, choice % 120, "ผล", "", []),
            4 => new ProgressApproved(period, ""),
            5 => new ProgressReturned(period, choice % 2 == 0 ? "" : "แก้ไข"),
            6 => new CompletionApproved(period, ""),
            7 or 8 when timer is not null => new TimerFired(timer, "wait", snapshot.UpdatedAt),
            7 or 8 => new TimerFired("stale", "wait", snapshot.UpdatedAt),
            9 => new TimerFired(state.FiscalYearEndTimerId, "fiscal-year-end", state.FiscalYearEndsAt),
            10 => new DivisionReassigned(division, choice % 2 == 0 ? "ฝ่ายโยธา" : division, "move"),
            11 => new InstanceSuspended("check"),
            12 => new InstanceResumed("ok"),
            _ => new DueDateChanged(state.Calendar.DayOf(snapshot.UpdatedAt).AddDays(choice % 40), "extend"),
        };
        return new EventEnvelope(workflowEvent, "actor", choice % 5 == 0 ? $"key-{choice % 3}" : null);
    }

    private static void AssertInvariants(InstanceRecord snapshot, HashSet<int> approvedEver)
    {
        var state = Measures.ReadState(snapshot.StateJson);
        Assert.Contains(state.Step, new[] { MeasureSteps.Assigned, MeasureSteps.AwaitingProgress, MeasureSteps.AwaitingReview, MeasureSteps.Completed });
        Assert.Equal(state.Step == MeasureSteps.Completed, state.Status == RuntimeStatus.Completed);
        if (snapshot.Status is not (RuntimeStatus.Suspended or RuntimeStatus.Terminated))
        {
            Assert.Equal(state.Status, snapshot.Status);
        }

        Assert.InRange(state.Current, 0, state.Periods.Count - 1);
        Assert.Equal(state.Periods.Count, state.Progress.Count);
        Assert.Equal(state.Step == MeasureSteps.Completed, state.Wait is null);
        if (state.Wait is { TimerId: not null } wait)
        {
            Assert.NotEmpty(wait.Stages);
        }

        Assert.All(state.Progress, p => Assert.InRange(p.Percent, 0, 100));
        foreach (var approved in state.Progress.Where(p => p.Status == PeriodStatus.Approved))
        {
            approvedEver.Add(approved.Index);
        }

        Assert.All(approvedEver, i => Assert.Equal(PeriodStatus.Approved, state.Progress[i].Status));
        Assert.Equal(state.Step == MeasureSteps.AwaitingReview, state.CurrentProgress.Status == PeriodStatus.Submitted);
        Assert.All(state.Acknowledged, d => Assert.Contains(d, state.Divisions));
    }
}
