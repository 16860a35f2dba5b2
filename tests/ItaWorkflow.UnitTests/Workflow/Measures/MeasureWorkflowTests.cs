using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Tests.Workflow.Measures;

public sealed class MeasureWorkflowTests
{
    private static readonly TimeSpan Bangkok = TimeSpan.FromHours(7);

    private static MeasureScenario Assigned(int months = 1, params string[] divisions) =>
        new(SampleMeasures.Input(SampleMeasures.Measure(months: months, divisions: divisions)), SampleMeasures.FiscalYearStart);

    private static MeasureScenario AwaitingProgress(int months = 1)
    {
        var scenario = Assigned(months);
        scenario.Apply(new DivisionAcknowledged(SampleMeasures.Registry));
        return scenario;
    }

    private static ProgressSubmitted Progress(int period, int percent = 50) =>
        new(period, SampleMeasures.Registry, WorkStatus.InProgress, percent, "จัดทำรายงานแล้ว", "", []);

    [Fact]
    public void Start_assigns_every_division_and_schedules_fiscal_year_end_and_acknowledgement_reminder()
    {
        var scenario = Assigned(1, SampleMeasures.Registry, SampleMeasures.Finance);

        Assert.Equal(MeasureSteps.Assigned, scenario.State.Step);
        var assignment = Assert.Single(scenario.Emails);
        Assert.Equal("assignment", assignment.Template);
        Assert.Equal([SampleMeasures.Registry, SampleMeasures.Finance], assignment.Divisions);
        Assert.Equal(new DateTimeOffset(2024, 10, 1, 0, 0, 0, Bangkok), scenario.Timers["fiscal-year-end"].DueAt);
        // Acknowledgement due 7 days after 1 Oct, reminded 3 days before: 5 Oct 09:00.
        Assert.Equal(new DateTimeOffset(2023, 10, 5, 9, 0, 0, Bangkok), scenario.Timers[scenario.State.Wait!.TimerId!].DueAt);
        Assert.Equal(12, scenario.State.Periods.Count);
    }

    [Fact]
    public void Progress_opens_only_after_every_division_acknowledged()
    {
        var scenario = Assigned(1, SampleMeasures.Registry, SampleMeasures.Finance);

        scenario.Apply(new DivisionAcknowledged(SampleMeasures.Registry));
        Assert.Equal(MeasureSteps.Assigned, scenario.State.Step);

        scenario.Apply(new DivisionAcknowledged(SampleMeasures.Finance));
        Assert.Equal(MeasureSteps.AwaitingProgress, scenario.State.Step);
        Assert.Contains(scenario.Emitted, e => e is PeriodOpened { Period: 0 });
        Assert.Equal(new DateOnly(2023, 10, 25), scenario.State.CurrentPeriod.Due);
        Assert.Equal("progress-due", scenario.Emails.Last().Template);
    }

    [Fact]
    public void Second_acknowledgement_by_the_same_division_is_already_done()
    {
        var scenario = AwaitingProgress();

        var again = scenario.Raise(new DivisionAcknowledged(SampleMeasures.Registry));

        Assert.Equal(DecisionKind.Refused, again.Kind);
        Assert.Equal(RefusalKind.AlreadyDone, again.Refusal);
    }

    [Fact]
    public void Acknowledgement_by_a_division_not_responsible_is_invalid()
    {
        var scenario = Assigned();

        var decision = scenario.Raise(new DivisionAcknowledged("ฝ่ายโยธา"));

        Assert.Equal(RefusalKind.Invalid, decision.Refusal);
    }

    [Fact]
    public void Progress_submitted_before_acknowledgement_is_kept_for_later()
    {
        var scenario = Assigned();

        var decision = scenario.Raise(Progress(0));

        Assert.Equal(DecisionKind.Deferred, decision.Kind);
    }

    [Fact]
    public void Submitted_progress_goes_to_the_director_for_review()
    {
        var scenario = AwaitingProgress();

        scenario.Apply(Progress(0, 40));

        Assert.Equal(MeasureSteps.AwaitingReview, scenario.State.Step);
        var email = scenario.Emails.Last();
        Assert.Equal(("submission-received", EmailAudience.Director), (email.Template, email.Audience));
        Assert.Equal("review", email.Data["task"]);
        Assert.True(scenario.State.CurrentProgress.OnTime);
        Assert.Equal(40, scenario.State.CurrentProgress.Percent);
    }

    [Fact]
    public void Returned_progress_goes_back_to_the_division_with_the_comment_and_can_be_resubmitted()
    {
        var scenario = AwaitingProgress();
        scenario.Apply(Progress(0));

        scenario.Apply(new ProgressReturned(0, "แนบภาพกิจกรรมด้วย"));

        Assert.Equal(MeasureSteps.AwaitingProgress, scenario.State.Step);
        Assert.Equal(PeriodStatus.Returned, scenario.State.CurrentProgress.Status);
        var returned = scenario.Emails.Last();
        Assert.Equal(("returned", "แนบภาพกิจกรรมด้วย"), (returned.Template, returned.Data["comment"]));

        scenario.Apply(Progress(0, 60));
        Assert.Equal(MeasureSteps.AwaitingReview, scenario.State.Step);
        Assert.Equal(2, scenario.State.CurrentProgress.Submissions);
    }

    [Fact]
    public void Returning_without_a_comment_is_refused()
    {
        var scenario = AwaitingProgress();
        scenario.Apply(Progress(0));

        var decision = scenario.Raise(new ProgressReturned(0, "  "));

        Assert.Equal(RefusalKind.Invalid, decision.Refusal);
    }

    [Fact]
    public void Approval_opens_the_next_period()
    {
        var scenario = AwaitingProgress();
        scenario.Apply(Progress(0));

        scenario.Apply(new ProgressApproved(0, "ดี"));

        Assert.Equal(MeasureSteps.AwaitingProgress, scenario.State.Step);
        Assert.Equal(1, scenario.State.Current);
        Assert.Equal(PeriodStatus.Approved, scenario.State.Progress[0].Status);
        Assert.Equal(new DateOnly(2023, 11, 25), scenario.State.CurrentPeriod.Due);
    }

    [Fact]
    public void Approving_the_same_period_twice_is_already_done()
    {
        var scenario = AwaitingProgress();
        scenario.Apply(Progress(0));
        scenario.Apply(new ProgressApproved(0, ""));

        var again = scenario.Raise(new ProgressApproved(0, ""));

        Assert.Equal(RefusalKind.AlreadyDone, again.Refusal);
    }

    [Fact]
    public void Progress_for_an_approved_period_is_already_done_and_for_a_future_period_invalid()
    {
        var scenario = AwaitingProgress();
        scenario.Apply(Progress(0));
        scenario.Apply(new ProgressApproved(0, ""));

        Assert.Equal(RefusalKind.AlreadyDone, scenario.Raise(Progress(0)).Refusal);
        Assert.Equal(RefusalKind.Invalid, scenario.Raise(Progress(5)).Refusal);
    }

    [Fact]
    public void Next_period_progress_sent_while_the_director_reviews_is_kept()
    {
        var scenario = AwaitingProgress();
        scenario.Apply(Progress(0));

        Assert.Equal(DecisionKind.Deferred, scenario.Raise(Progress(1)).Kind);
        Assert.Equal(RefusalKind.AlreadyDone, scenario.Raise(Progress(0)).Refusal);
    }

    [Fact]
    public void Overdue_progress_is_reminded_then_escalated_to_division_head_then_director_on_the_right_days()
    {
        var scenario = AwaitingProgress();

        var reminder = scenario.FireWaitTimer();
        var head = scenario.FireWaitTimer();
        var director = scenario.FireWaitTimer();

        Assert.Equal(new DateTimeOffset(2023, 10, 22, 9, 0, 0, Bangkok), reminder.DueAt);
        Assert.Equal(new DateTimeOffset(2023, 10, 27, 9, 0, 0, Bangkok), head.DueAt);
        Assert.Equal(new DateTimeOffset(2023, 10, 30, 9, 0, 0, Bangkok), director.DueAt);
        var nudges = scenario.Emails.TakeLast(3).Select(e => (e.Template, e.Audience)).ToList();
        Assert.Equal(
            [("reminder", EmailAudience.Division), ("escalation-head", EmailAudience.DivisionHead), ("escalation-director", EmailAudience.Director)],
            nudges);
        Assert.Equal(3, scenario.State.Wait!.Level);
        Assert.Equal(3, scenario.Emitted.OfType<NudgeSent>().Count());
    }

    [Fact]
    public void A_period_never_reported_is_missed_and_the_next_period_opens()
    {
        var scenario = AwaitingProgress();
        scenario.FireWaitTimer();
        scenario.FireWaitTimer();
        scenario.FireWaitTimer();

        var rollover = scenario.FireWaitTimer();

        Assert.Equal(new DateTimeOffset(2023, 11, 22, 9, 0, 0, Bangkok), rollover.DueAt);
        Assert.Equal(PeriodStatus.Missed, scenario.State.Progress[0].Status);
        Assert.Equal(1, scenario.State.Current);
        Assert.Contains(scenario.Emitted, e => e is PeriodMissed { Period: 0 });
    }

    [Fact]
    public void Director_is_reminded_and_then_escalated_to_the_coordinator_when_a_review_waits()
    {
        var scenario = AwaitingProgress();
        scenario.At(new DateTimeOffset(2023, 10, 20, 10, 0, 0, Bangkok));
        scenario.Apply(Progress(0));

        var reminder = scenario.FireWaitTimer();
        var escalation = scenario.FireWaitTimer();

        Assert.Equal(new DateTimeOffset(2023, 10, 23, 10, 0, 0, Bangkok), reminder.DueAt);
        Assert.Equal(new DateTimeOffset(2023, 10, 27, 10, 0, 0, Bangkok), escalation.DueAt);
        var nudges = scenario.Emails.TakeLast(3).Select(e => (e.Template, e.Audience)).ToList();
        Assert.Equal(
            [("review-reminder", EmailAudience.Director), ("review-escalation", EmailAudience.Coordinator), ("review-escalation", EmailAudience.Director)],
            nudges);
    }

    [Fact]
    public void Director_can_approve_completion_early()
    {
        var scenario = AwaitingProgress();
        scenario.Apply(Progress(0, 100) with { Status = WorkStatus.Done });

        scenario.Apply(new CompletionApproved(0, "เสร็จสมบูรณ์"));

        Assert.Equal((MeasureSteps.Completed, RuntimeStatus.Completed), (scenario.State.Step, scenario.State.Status));
        Assert.Equal(PeriodStatus.Approved, scenario.State.Progress[0].Status);
        Assert.All(scenario.State.Progress.Skip(1), p => Assert.Equal(PeriodStatus.NotRequired, p.Status));
        var raise = Assert.IsType<RaiseEvent>(scenario.Commands.Last());
        Assert.Equal((scenario.State.PlanInstanceId, nameof(MeasureFinished)), (raise.TargetInstanceId, raise.EventType));
    }

    [Fact]
    public void Fiscal_year_end_completes_the_measure_and_marks_unapproved_periods_missed()
    {
        var scenario = AwaitingProgress(months: 6);
        scenario.Apply(Progress(0));
        scenario.Apply(new ProgressApproved(0, ""));

        var end = scenario.Timers["fiscal-year-end"];
        scenario.At(end.DueAt);
        scenario.Apply(new TimerFired(end.TimerId, end.Purpose, end.DueAt));

        Assert.Equal(RuntimeStatus.Completed, scenario.State.Status);
        Assert.Equal([PeriodStatus.Approved, PeriodStatus.Missed], scenario.State.Progress.Select(p => p.Status));
        Assert.Contains(scenario.Emitted, e => e is MeasureCompleted { ApprovedPeriods: 1, MissedPeriods: 1 });
    }

    [Fact]
    public void Approving_the_last_period_completes_the_measure()
    {
        var scenario = AwaitingProgress(months: 12);
        scenario.Apply(Progress(0, 100));

        scenario.Apply(new ProgressApproved(0, ""));

        Assert.Equal(RuntimeStatus.Completed, scenario.State.Status);
        Assert.Equal(new DateOnly(2024, 9, 25), scenario.State.Periods.Single().Due);
    }

    [Fact]
    public void A_timer_the_measure_no_longer_waits_for_is_stale()
    {
        var scenario = AwaitingProgress();
        var old = scenario.Timers[scenario.State.Wait!.TimerId!];
        scenario.Apply(Progress(0));

        var decision = scenario.Raise(new TimerFired(old.TimerId, old.Purpose, old.DueAt));

        Assert.Equal(RefusalKind.Stale, decision.Refusal);
    }

    [Fact]
    public void An_event_with_no_transition_in_the_current_step_is_refused_with_event_and_step_named()
    {
        var scenario = Assigned();

        var decision = scenario.Raise(new ProgressApproved(0, ""));

        Assert.Equal(RefusalKind.NotAllowed, decision.Refusal);
        Assert.Equal("ProgressApproved is not allowed in step Assigned.", decision.Reason);
    }

    [Fact]
    public void Reassigning_a_division_sends_the_assignment_to_the_new_division()
    {
        var scenario = AwaitingProgress();

        scenario.Apply(new DivisionReassigned(SampleMeasures.Registry, SampleMeasures.Finance, "โอนงาน"));

        Assert.Equal([SampleMeasures.Finance], scenario.State.Divisions);
        Assert.Equal([SampleMeasures.Finance], scenario.Emails.Last().Divisions);
        Assert.Equal("assignment", scenario.Emails.Last().Template);
    }

    [Fact]
    public void Changing_the_due_date_replans_reminders_from_the_new_date()
    {
        var scenario = AwaitingProgress();

        scenario.Apply(new DueDateChanged(new DateOnly(2023, 11, 10), "ขยายเวลา"));

        Assert.Equal(new DateTimeOffset(2023, 11, 11, 0, 0, 0, Bangkok), scenario.State.Wait!.Due);
        Assert.Equal(new DateTimeOffset(2023, 11, 7, 9, 0, 0, Bangkok), scenario.Timers[scenario.State.Wait.TimerId!].DueAt);
    }

    [Fact]
    public void A_plan_activated_mid_year_skips_periods_already_past()
    {
        var start = new DateTimeOffset(2024, 1, 10, 9, 0, 0, Bangkok);
        var scenario = new MeasureScenario(SampleMeasures.Input(SampleMeasures.Measure()), start);

        scenario.Apply(new DivisionAcknowledged(SampleMeasures.Registry));

        Assert.Equal(3, scenario.State.Current);
        Assert.Equal(new DateOnly(2024, 1, 25), scenario.State.CurrentPeriod.Due);
        Assert.All(scenario.State.Progress.Take(3), p => Assert.Equal(PeriodStatus.NotRequired, p.Status));
    }
}
