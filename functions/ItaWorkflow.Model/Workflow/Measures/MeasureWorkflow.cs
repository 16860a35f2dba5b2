using System.Globalization;
using System.Text.Json;
using ItaWorkflow.Domain;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Workflow.Measures;

/// <summary>
/// The measure workflow, version 1: Assigned (divisions acknowledge) → for each follow-up period
/// AwaitingProgress → AwaitingReview → approved (next period) or returned (back to AwaitingProgress) → …
/// → Completed at fiscal-year end, or earlier when the director approves completion. Every wait has
/// reminders and escalations driven by durable timers.
/// </summary>
public sealed class MeasureWorkflow : WorkflowDefinition<MeasureState, MeasureInput>
{
    public const string DefinitionName = "measure";

    public override string Name => DefinitionName;

    public override int Version => 1;

    public override IReadOnlyCollection<Type> EventTypes { get; } =
    [
        typeof(DivisionAcknowledged), typeof(ProgressSubmitted), typeof(ProgressApproved), typeof(ProgressReturned),
        typeof(CompletionApproved), typeof(DivisionReassigned), typeof(DueDateChanged), typeof(NudgeSent),
        typeof(PeriodOpened), typeof(PeriodMissed), typeof(MeasureCompleted), typeof(ResendRequested),
    ];

    public static string InstanceIdFor(string district, int fiscalYear, string measureId) =>
        $"{district}-{fiscalYear}-{measureId}";

    public override Decision<MeasureState> Start(MeasureInput input, TransitionContext context)
    {
        var calendar = input.Calendar;
        var fiscalYear = new FiscalYear(input.FiscalYear);
        var periods = FollowUpSchedule.For(fiscalYear, input.Measure.Cadence, calendar);
        var progress = periods
            .Select(p => PeriodProgress.Empty(p.Index, calendar.EndOf(p.Due) <= context.Now && p.Index < periods.Count - 1 ? PeriodStatus.NotRequired : PeriodStatus.Open))
            .ToList();
        var state = new MeasureState(
            input.PlanInstanceId,
            input.District,
            input.FiscalYear,
            input.Measure,
            calendar,
            MeasureSteps.Assigned,
            RuntimeStatus.Running,
            input.Measure.Divisions,
            [],
            periods,
            progress,
            progress.FindIndex(p => p.Status == PeriodStatus.Open),
            null,
            "fiscal-year-end",
            calendar.At(fiscalYear.End.AddDays(1), 0),
            0,
            null);
        // The assignment email is built from the waiting state, so it names the acknowledgement deadline.
        var (waiting, timer) = BeginWait(state, AcknowledgementWait(state, context.Now), context.Now);
        var commands = new List<WorkflowCommand>
        {
            Email(waiting, "assignment", EmailAudience.Division, state.Divisions, "acknowledge"),
            new ScheduleTimer(state.FiscalYearEndTimerId, state.FiscalYearEndsAt, "fiscal-year-end"),
        };
        return Decision.Apply(waiting, null, [.. commands, .. timer]);
    }

    public override string StepOf(MeasureState state) => state.Step;

    public override RuntimeStatus StatusOf(MeasureState state) => state.Status;

    public override InstanceSummary Describe(MeasureState state) => new(
        state.Measure.Title, state.District, state.FiscalYear, state.Measure.Indicator, state.Divisions, state.Wait?.Due);

    public override DateTimeOffset? NextWakeUpOf(MeasureState state)
    {
        if (state.Status != RuntimeStatus.Running)
        {
            return null;
        }

        var next = state.Wait?.Stages.FirstOrDefault()?.At;
        return next is { } at && at < state.FiscalYearEndsAt ? at : state.FiscalYearEndsAt;
    }

    public override object? CustomStatusOf(MeasureState state) => new
    {
        period = state.Current + 1,
        periods = state.Periods.Count,
        due = state.Wait?.Due,
        waitingFor = state.Wait?.Kind.ToString(),
        level = state.Wait?.Level ?? 0,
        percent = state.Progress.Where(p => p.Status == PeriodStatus.Approved).Select(p => p.Percent).DefaultIfEmpty(0).Max(),
        approved = state.Progress.Count(p => p.Status == PeriodStatus.Approved),
        missed = state.Progress.Count(p => p.Status == PeriodStatus.Missed),
    };

    protected override TransitionTable<MeasureState> BuildTransitions() => new TransitionTable<MeasureState>(s => s.Step)
        .On<DivisionAcknowledged>(MeasureSteps.Active, Acknowledge)
        .On<ProgressSubmitted>(MeasureSteps.Assigned, (_, _, _) => Decision.Defer<MeasureState>("The measure waits for every division to acknowledge it first."))
        .On<ProgressSubmitted>(MeasureSteps.AwaitingProgress, Submit)
        .On<ProgressSubmitted>(MeasureSteps.AwaitingReview, SubmitWhileInReview)
        .On<ProgressApproved>(MeasureSteps.AwaitingReview, Approve)
        .On<ProgressReturned>(MeasureSteps.AwaitingReview, Return)
        .On<CompletionApproved>(MeasureSteps.AwaitingReview, ApproveCompletion)
        .On<ProgressApproved>(MeasureSteps.AwaitingProgress, (s, e, _) => AlreadyReviewed(s, e.Period))
        .On<ProgressReturned>(MeasureSteps.AwaitingProgress, (s, e, _) => AlreadyReviewed(s, e.Period))
        .On<CompletionApproved>(MeasureSteps.AwaitingProgress, (s, e, _) => AlreadyReviewed(s, e.Period))
        .On<TimerFired>(MeasureSteps.Active, Timer)
        .On<DivisionReassigned>(MeasureSteps.Active, Reassign)
        .On<DueDateChanged>(MeasureSteps.Active, ChangeDue)
        .On<ResendRequested>(MeasureSteps.Active, Resend);

    private static Decision<MeasureState> Acknowledge(MeasureState state, DivisionAcknowledged e, TransitionContext context)
    {
        if (!state.Divisions.Contains(e.Division))
        {
            return Decision.Refuse<MeasureState>($"{e.Division} is not responsible for this measure.", RefusalKind.Invalid);
        }

        if (state.Acknowledged.Contains(e.Division))
        {
            return Decision.Refuse<MeasureState>($"{e.Division} already acknowledged this measure.", RefusalKind.AlreadyDone);
        }

        var acknowledged = state with { Acknowledged = [.. state.Acknowledged, e.Division] };
        if (state.Step != MeasureSteps.Assigned || acknowledged.Divisions.Any(d => !acknowledged.Acknowledged.Contains(d)))
        {
            return Decision.Apply(acknowledged);
        }

        // Everyone has acknowledged: periods that closed while waiting are missed; the current one opens.
        var progress = acknowledged.Progress
            .Select(p => p.Status == PeriodStatus.Open && acknowledged.Calendar.EndOf(acknowledged.Periods[p.Index].Due) <= context.Now
                && p.Index < acknowledged.Periods.Count - 1
                ? p with { Status = PeriodStatus.Missed }
                : p)
            .ToList();
        var missed = progress.Where((p, i) => p.Status == PeriodStatus.Missed && acknowledged.Progress[i].Status != PeriodStatus.Missed)
            .Select(p => (WorkflowEvent)new PeriodMissed(p.Index));
        var current = progress.FindIndex(p => p.Status == PeriodStatus.Open);
        return OpenPeriod(acknowledged with { Progress = progress }, current, context.Now, missed);
    }

    private static Decision<MeasureState> Submit(MeasureState state, ProgressSubmitted e, TransitionContext context)
    {
        if (e.Period != state.Current)
        {
            return WrongPeriod(state, e.Period);
        }

        if (!state.Divisions.Contains(e.Division))
        {
            return Decision.Refuse<MeasureState>($"{e.Division} is not responsible for this measure.", RefusalKind.Invalid);
        }

        if (e.Percent is < 0 or > 100)
        {
            return Decision.Refuse<MeasureState>($"Percent must be 0–100, not {e.Percent}.", RefusalKind.Invalid);
        }

        var previous = state.CurrentProgress;
        var onTime = previous.Submissions == 0
            ? context.Now <= state.Calendar.EndOf(state.CurrentPeriod.Due)
            : previous.OnTime;
        var submitted = previous with
        {
            Status = PeriodStatus.Submitted,
            Submissions = previous.Submissions + 1,
            Division = e.Division,
            WorkStatus = e.Status,
            Percent = e.Percent,
            Result = e.Result,
            Problems = e.Problems,
            Evidence = e.Evidence,
            SubmittedAt = context.Now,
            OnTime = onTime,
        };
        var next = WithProgress(state, submitted) with { Step = MeasureSteps.AwaitingReview };
        var (waiting, timer) = BeginWait(next, ReviewWait(next, context.Now), context.Now);
        var notify = Email(waiting, "submission-received", EmailAudience.Director, [e.Division], "review", new()
        {
            ["division"] = e.Division,
            ["percent"] = e.Percent.ToString(CultureInfo.InvariantCulture),
            ["workStatus"] = e.Status.ToString(),
            ["result"] = e.Result,
            ["problems"] = e.Problems,
        });
        return Decision.Apply(waiting, null, [notify, .. timer]);
    }

    private static Decision<MeasureState> SubmitWhileInReview(MeasureState state, ProgressSubmitted e, TransitionContext context) =>
        e.Period == state.Current + 1
            ? Decision.Defer<MeasureState>("The previous period is still with the director; this report is kept until it is reviewed.")
            : e.Period == state.Current
                ? Decision.Refuse<MeasureState>("Progress for this period was already submitted and waits for the director's review.", RefusalKind.AlreadyDone)
                : WrongPeriod(state, e.Period);

    private static Decision<MeasureState> Approve(MeasureState state, ProgressApproved e, TransitionContext context)
    {
        if (e.Period != state.Current)
        {
            return AlreadyReviewed(state, e.Period);
        }

        var approved = ApproveCurrent(state, e.Comment, context.Now);
        var notify = Email(approved, "approved", EmailAudience.Division, DivisionsOf(approved), "none", new() { ["comment"] = e.Comment });
        if (state.Current == state.Periods.Count - 1)
        {
            var done = Complete(approved, "All follow-up periods approved.", PeriodStatus.Missed);
            return Decision.Apply(done.State!, done.Emitted, [notify, .. done.Commands]);
        }

        var opened = OpenPeriod(approved, state.Current + 1, context.Now, []);
        return Decision.Apply(opened.State!, opened.Emitted, [notify, .. opened.Commands]);
    }

    private static Decision<MeasureState> Return(MeasureState state, ProgressReturned e, TransitionContext context)
    {
        if (e.Period != state.Current)
        {
            return AlreadyReviewed(state, e.Period);
        }

        if (string.IsNullOrWhiteSpace(e.Comment))
        {
            return Decision.Refuse<MeasureState>("Returning progress needs a comment for the division.", RefusalKind.Invalid);
        }

        var returned = WithProgress(state, state.CurrentProgress with
        {
            Status = PeriodStatus.Returned,
            ReviewedAt = context.Now,
            ReviewComment = e.Comment,
        }) with { Step = MeasureSteps.AwaitingProgress };
        var revisionDue = state.Calendar.DayOf(context.Now).AddDays(state.Calendar.RevisionDays);
        var due = revisionDue > state.CurrentPeriod.Due ? revisionDue : state.CurrentPeriod.Due;
        var (waiting, timer) = BeginWait(returned, ProgressWait(returned, due, context.Now), context.Now);
        var notify = Email(waiting, "returned", EmailAudience.Division, DivisionsOf(waiting), "progress", new() { ["comment"] = e.Comment });
        return Decision.Apply(waiting, null, [notify, .. timer]);
    }

    private static Decision<MeasureState> ApproveCompletion(MeasureState state, CompletionApproved e, TransitionContext context)
    {
        if (e.Period != state.Current)
        {
            return AlreadyReviewed(state, e.Period);
        }

        var approved = ApproveCurrent(state, e.Comment, context.Now);
        var notify = Email(approved, "approved", EmailAudience.Division, DivisionsOf(approved), "none", new() { ["comment"] = e.Comment, ["completed"] = "true" });
        var done = Complete(approved, "Completion approved by the director.", PeriodStatus.NotRequired);
        return Decision.Apply(done.State!, done.Emitted, [notify, .. done.Commands]);
    }

    private static Decision<MeasureState> Timer(MeasureState state, TimerFired e, TransitionContext context)
    {
        if (e.TimerId == state.FiscalYearEndTimerId)
        {
            return Complete(state, "Fiscal year ended.", PeriodStatus.Missed);
        }

        if (state.Wait is not { } wait || wait.TimerId != e.TimerId || wait.Stages.Count == 0)
        {
            return Decision.Refuse<MeasureState>($"Timer {e.TimerId} is no longer awaited.", RefusalKind.Stale);
        }

        var stage = wait.Stages[0];
        var rest = wait with { Stages = [.. wait.Stages.Skip(1)], TimerId = null };
        if (stage.Purpose == WaitPurposes.Rollover)
        {
            var missed = WithProgress(state, state.CurrentProgress with { Status = PeriodStatus.Missed });
            var opened = OpenPeriod(missed, state.Current + 1, context.Now, [new PeriodMissed(state.Current)]);
            return opened;
        }

        var (level, template, audience, task) = (wait.Kind, stage.Purpose) switch
        {
            (WaitKind.Review, WaitPurposes.Reminder) => (1, "review-reminder", EmailAudience.Director, "review"),
            (WaitKind.Review, _) => (2, "review-escalation", EmailAudience.Coordinator, "none"),
            (_, WaitPurposes.Reminder) => (1, "reminder", EmailAudience.Division, TaskOf(wait.Kind)),
            (_, WaitPurposes.Escalation1) => (2, "escalation-head", EmailAudience.DivisionHead, TaskOf(wait.Kind)),
            _ => (3, "escalation-director", EmailAudience.Director, "none"),
        };
        var nudged = state with { Wait = rest with { Level = level } };
        var (waiting, timer) = BeginWait(nudged, nudged.Wait!, context.Now);
        var pending = wait.Kind == WaitKind.Acknowledgement
            ? state.Divisions.Where(d => !state.Acknowledged.Contains(d)).ToList()
            : DivisionsOf(state);
        var email = Email(waiting, template, audience, pending, task, new()
        {
            ["waitingFor"] = wait.Kind.ToString(),
            ["level"] = level.ToString(CultureInfo.InvariantCulture),
        });
        if (wait.Kind == WaitKind.Review && audience == EmailAudience.Coordinator)
        {
            // The director's own inaction goes to the coordinator and is copied to the director.
            return Decision.Apply(waiting, [new NudgeSent(wait.Kind, stage.Purpose, state.Current, level)],
                [email, email with { Audience = EmailAudience.Director }, .. timer]);
        }

        return Decision.Apply(waiting, [new NudgeSent(wait.Kind, stage.Purpose, state.Current, level)], [email, .. timer]);
    }

    private static Decision<MeasureState> Reassign(MeasureState state, DivisionReassigned e, TransitionContext context)
    {
        if (!state.Divisions.Contains(e.From))
        {
            return Decision.Refuse<MeasureState>($"{e.From} is not responsible for this measure.", RefusalKind.Invalid);
        }

        if (string.IsNullOrWhiteSpace(e.To) || state.Divisions.Contains(e.To))
        {
            return Decision.Refuse<MeasureState>($"{e.To} is empty or already responsible.", RefusalKind.Invalid);
        }

        var next = state with
        {
            Divisions = [.. state.Divisions.Select(d => d == e.From ? e.To : d)],
            Acknowledged = [.. state.Acknowledged.Where(d => d != e.From)],
        };
        return Decision.Apply(next, null, [Email(next, "assignment", EmailAudience.Division, [e.To], "acknowledge")]);
    }

    private static Decision<MeasureState> ChangeDue(MeasureState state, DueDateChanged e, TransitionContext context)
    {
        if (state.Wait is not { } wait)
        {
            return Decision.Refuse<MeasureState>("Nothing is awaited, so there is no due date to change.", RefusalKind.Invalid);
        }

        if (state.Calendar.EndOf(e.Due) <= context.Now)
        {
            return Decision.Refuse<MeasureState>($"The new due date {e.Due:yyyy-MM-dd} is already past.", RefusalKind.Invalid);
        }

        var replanned = wait.Kind switch
        {
            WaitKind.Progress => ProgressWait(state, e.Due, context.Now),
            WaitKind.Acknowledgement => StagesUntil(WaitKind.Acknowledgement, state, e.Due, context.Now, rollover: null),
            _ => new Wait(WaitKind.Review, state.Calendar.EndOf(e.Due), [.. ReviewStages(state, state.Calendar.EndOf(e.Due), context.Now)], null, 0),
        };
        var (waiting, timer) = BeginWait(state, replanned, context.Now);
        return Decision.Apply(waiting, null, timer);
    }

    private static Decision<MeasureState> OpenPeriod(MeasureState state, int index, DateTimeOffset now, IEnumerable<WorkflowEvent> emitted)
    {
        var period = state.Periods[index];
        var opened = state with
        {
            Step = MeasureSteps.AwaitingProgress,
            Current = index,
            Progress = [.. state.Progress.Select(p => p.Index == index && p.Status == PeriodStatus.NotRequired ? p with { Status = PeriodStatus.Open } : p)],
        };
        var (waiting, timer) = BeginWait(opened, ProgressWait(opened, period.Due, now), now);
        var notify = Email(waiting, "progress-due", EmailAudience.Division, DivisionsOf(waiting), "progress");
        return Decision.Apply(waiting, [.. emitted, new PeriodOpened(index, period.Due)], [notify, .. timer]);
    }

    private static Decision<MeasureState> Complete(MeasureState state, string reason, PeriodStatus unfinished)
    {
        var progress = state.Progress
            .Select(p => p.Status is PeriodStatus.Approved or PeriodStatus.NotRequired or PeriodStatus.Missed ? p : p with { Status = unfinished })
            .ToList();
        var missed = progress.Where((p, i) => p.Status == PeriodStatus.Missed && state.Progress[i].Status != PeriodStatus.Missed)
            .Select(p => (WorkflowEvent)new PeriodMissed(p.Index));
        var done = state with
        {
            Step = MeasureSteps.Completed,
            Status = RuntimeStatus.Completed,
            Progress = progress,
            Wait = null,
            CompletionReason = reason,
        };
        var approvedCount = progress.Count(p => p.Status == PeriodStatus.Approved);
        var missedCount = progress.Count(p => p.Status == PeriodStatus.Missed);
        var finished = new MeasureFinished(state.Measure.Id, InstanceIdFor(state.District, state.FiscalYear, state.Measure.Id), approvedCount, missedCount);
        return Decision.Apply(
            done,
            [.. missed, new MeasureCompleted(reason, approvedCount, missedCount)],
            [new RaiseEvent(state.PlanInstanceId, nameof(MeasureFinished), JsonSerializer.Serialize(finished, EngineJson.Options))]);
    }

    private static Decision<MeasureState> WrongPeriod(MeasureState state, int period) =>
        period >= 0 && period < state.Progress.Count && state.Progress[period].Status == PeriodStatus.Approved
            ? Decision.Refuse<MeasureState>($"Period {period + 1} is already approved.", RefusalKind.AlreadyDone)
            : Decision.Refuse<MeasureState>($"Period {period + 1} is not open; the open period is {state.Current + 1}.", RefusalKind.Invalid);

    private static Decision<MeasureState> AlreadyReviewed(MeasureState state, int period) =>
        period >= 0 && period < state.Progress.Count && state.Progress[period].ReviewedAt is not null && period <= state.Current
            ? Decision.Refuse<MeasureState>($"Period {period + 1} was already reviewed.", RefusalKind.AlreadyDone)
            : Decision.Refuse<MeasureState>($"Period {period + 1} has no progress waiting for review.", RefusalKind.Invalid);

    private static MeasureState ApproveCurrent(MeasureState state, string comment, DateTimeOffset now) =>
        WithProgress(state, state.CurrentProgress with { Status = PeriodStatus.Approved, ReviewedAt = now, ReviewComment = comment });

    private static MeasureState WithProgress(MeasureState state, PeriodProgress progress) =>
        state with { Progress = [.. state.Progress.Select(p => p.Index == progress.Index ? progress : p)] };

    private static Wait AcknowledgementWait(MeasureState state, DateTimeOffset now) =>
        StagesUntil(WaitKind.Acknowledgement, state, state.Calendar.DayOf(now).AddDays(state.Calendar.AcknowledgeDays), now, rollover: null);

    private static Wait ProgressWait(MeasureState state, DateOnly due, DateTimeOffset now)
    {
        var next = state.Current + 1 < state.Periods.Count ? state.Periods[state.Current + 1] : null;
        var rollover = next is null ? (DateTimeOffset?)null : state.Calendar.At(next.Due.AddDays(-state.Calendar.ReminderDaysBefore), state.Calendar.NotifyHour);
        return StagesUntil(WaitKind.Progress, state, due, now, rollover);
    }

    private static Wait StagesUntil(WaitKind kind, MeasureState state, DateOnly due, DateTimeOffset now, DateTimeOffset? rollover)
    {
        var calendar = state.Calendar;
        var stages = new List<WaitStage>
        {
            new(calendar.At(due.AddDays(-calendar.ReminderDaysBefore), calendar.NotifyHour), WaitPurposes.Reminder),
            new(calendar.At(due.AddDays(calendar.EscalationLevel1DaysAfter), calendar.NotifyHour), WaitPurposes.Escalation1),
            new(calendar.At(due.AddDays(calendar.EscalationLevel2DaysAfter), calendar.NotifyHour), WaitPurposes.Escalation2),
        };
        if (rollover is { } at)
        {
            stages.Add(new WaitStage(at > stages[^1].At ? at : stages[^1].At.AddMinutes(1), WaitPurposes.Rollover));
        }

        return new Wait(kind, calendar.EndOf(due), [.. stages.Where(s => s.At > now)], null, 0);
    }

    private static Wait ReviewWait(MeasureState state, DateTimeOffset now)
    {
        var due = now.AddDays(state.Calendar.ReviewReminderDays);
        return new Wait(WaitKind.Review, due, [.. ReviewStages(state, due, now)], null, 0);
    }

    private static IEnumerable<WaitStage> ReviewStages(MeasureState state, DateTimeOffset due, DateTimeOffset now) =>
        new[]
        {
            new WaitStage(due, WaitPurposes.Reminder),
            new WaitStage(due.AddDays(state.Calendar.ReviewEscalationDays - state.Calendar.ReviewReminderDays), WaitPurposes.Escalation1),
        }.Where(s => s.At > now);

    /// <summary>Makes <paramref name="wait"/> current and schedules a timer for its first stage (if any).</summary>
    private static (MeasureState State, IReadOnlyList<WorkflowCommand> Timer) BeginWait(MeasureState state, Wait wait, DateTimeOffset now)
    {
        if (wait.Stages.Count == 0 || wait.Stages[0].At >= state.FiscalYearEndsAt)
        {
            return (state with { Wait = wait with { TimerId = null, Stages = [] } }, []);
        }

        var sequence = state.TimerSequence + 1;
        var timerId = $"t{sequence}-{wait.Kind}-{wait.Stages[0].Purpose}".ToLowerInvariant();
        var next = state with { Wait = wait with { TimerId = timerId }, TimerSequence = sequence };
        return (next, [new ScheduleTimer(timerId, wait.Stages[0].At, $"{wait.Kind}:{wait.Stages[0].Purpose}")]);
    }

    private static Decision<MeasureState> Resend(MeasureState state, ResendRequested e, TransitionContext context)
    {
        var resent = new Dictionary<string, string> { ["resent"] = "true" };
        SendEmail? email = state.Wait?.Kind switch
        {
            WaitKind.Acknowledgement => Email(state, "assignment", EmailAudience.Division, [.. state.Divisions.Except(state.Acknowledged)], "acknowledge", resent),
            WaitKind.Progress => Email(state, "progress-due", EmailAudience.Division, DivisionsOf(state), "progress", resent),
            WaitKind.Review => Email(state, "submission-received", EmailAudience.Director, DivisionsOf(state), "review", resent),
            _ => null,
        };
        return email is null
            ? Decision.Refuse<MeasureState>("Nothing is awaited, so there is no link to resend.", RefusalKind.Invalid)
            : Decision.Apply(state, null, [email]);
    }

    private static IReadOnlyList<string> DivisionsOf(MeasureState state) =>
        state.CurrentProgress.Division is { } division && state.Divisions.Contains(division) ? [division] : state.Divisions;

    private static string TaskOf(WaitKind kind) => kind == WaitKind.Acknowledgement ? "acknowledge" : "progress";

    private static SendEmail Email(
        MeasureState state, string template, EmailAudience audience, IReadOnlyList<string> divisions, string task,
        Dictionary<string, string>? extra = null)
    {
        var period = state.Current >= 0 && state.Current < state.Periods.Count ? state.CurrentPeriod : state.Periods[^1];
        var data = new Dictionary<string, string>
        {
            ["instanceId"] = InstanceIdFor(state.District, state.FiscalYear, state.Measure.Id),
            ["measureId"] = state.Measure.Id,
            ["title"] = state.Measure.Title,
            ["district"] = state.District,
            ["fiscalYear"] = state.FiscalYear.ToString(CultureInfo.InvariantCulture),
            ["task"] = task,
            ["period"] = period.Index.ToString(CultureInfo.InvariantCulture),
            ["periodStart"] = period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["periodEnd"] = period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["reportDue"] = period.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["due"] = state.Wait is { } wait
                ? state.Calendar.DayOf(wait.Due.AddTicks(-1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : period.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in extra ?? [])
        {
            data[key] = value;
        }

        return new SendEmail(template, audience, state.District, divisions, data);
    }
}
