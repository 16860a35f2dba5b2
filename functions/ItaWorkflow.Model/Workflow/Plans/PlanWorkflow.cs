using ItaWorkflow.Reports;
using System.Globalization;
using System.Text.Json;
using ItaWorkflow.Domain;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Workflow.Plans;

/// <summary>
/// The plan workflow, version 1, one per district and fiscal year: activating it starts one measure
/// instance per measure; on the round dates it compiles the 6- and 12-month reports and takes each through
/// coordinator review and director approval to publication; it completes after the 12-month report.
/// </summary>
public sealed class PlanWorkflow : WorkflowDefinition<PlanState, PlanInput>
{
    public const string DefinitionName = "plan";

    /// <summary>Measures a plan can start in one commit (the batch also holds the snapshot and history).</summary>
    public const int MaxMeasures = 95;

    private const string FirstHalfTimer = "round-first-half";
    private const string FullYearTimer = "round-full-year";

    public override string Name => DefinitionName;

    public override int Version => 1;

    public override IReadOnlyCollection<Type> EventTypes { get; } =
    [
        typeof(MeasureFinished), typeof(ReportCompiled), typeof(ReportForwarded), typeof(ReportApproved), typeof(ReportReturned),
    ];

    public static string InstanceIdFor(string district, int fiscalYear) => $"{district}-{fiscalYear}";

    public override Decision<PlanState> Start(PlanInput input, TransitionContext context)
    {
        var plan = input.Plan;
        if (plan.Measures.Count == 0)
        {
            return Decision.Refuse<PlanState>("The plan has no measures.", RefusalKind.Invalid);
        }

        if (plan.Measures.Count > MaxMeasures)
        {
            return Decision.Refuse<PlanState>($"A plan can hold at most {MaxMeasures} measures; this one has {plan.Measures.Count}.", RefusalKind.Invalid);
        }

        var fiscalYear = new FiscalYear(plan.FiscalYear);
        var calendar = input.Calendar;
        var schedule = input.Schedule;
        var firstHalf = calendar.At(new DateOnly(fiscalYear.End.Year, schedule.FirstHalfMonth, schedule.FirstHalfDay), 0);
        var fullYear = calendar.At(new DateOnly(fiscalYear.End.Year + (schedule.FullYearMonth >= 10 ? 0 : 1), schedule.FullYearMonth, schedule.FullYearDay), 0);
        var planId = context.InstanceId;
        var measureIds = plan.Measures.Select(m => MeasureWorkflow.InstanceIdFor(plan.District, plan.FiscalYear, m.Id)).ToList();
        var state = new PlanState(
            plan.District,
            plan.FiscalYear,
            calendar,
            PlanSteps.Active,
            RuntimeStatus.Running,
            measureIds,
            [],
            [
                new RoundReport(ReportRound.FirstHalf, ReportStage.NotOpen, null, null, [], 0, null, null),
                new RoundReport(ReportRound.FullYear, ReportStage.NotOpen, null, null, [], 0, null, null),
            ],
            firstHalf,
            fullYear,
            null,
            null,
            0);
        var starts = plan.Measures.Select(m => (WorkflowCommand)new StartInstance(
            MeasureWorkflow.InstanceIdFor(plan.District, plan.FiscalYear, m.Id),
            MeasureWorkflow.DefinitionName,
            JsonSerializer.Serialize(new MeasureInput(planId, plan.District, plan.FiscalYear, m, calendar), EngineJson.Options)));
        var timers = new List<WorkflowCommand>();
        if (firstHalf > context.Now)
        {
            timers.Add(new ScheduleTimer(FirstHalfTimer, firstHalf, "report-round:FirstHalf"));
        }

        timers.Add(new ScheduleTimer(FullYearTimer, fullYear > context.Now ? fullYear : context.Now, "report-round:FullYear"));
        return Decision.Apply(state, null, [.. starts, .. timers]);
    }

    public override string StepOf(PlanState state) => state.Step;

    public override RuntimeStatus StatusOf(PlanState state) => state.Status;

    public override InstanceSummary Describe(PlanState state) => new(
        $"แผนมาตรการ ITA เขต{state.District} ปีงบประมาณ {state.FiscalYear}", state.District, state.FiscalYear, 0, [], state.ReviewDue);

    public override DateTimeOffset? NextWakeUpOf(PlanState state) =>
        state.Status != RuntimeStatus.Running ? null
        : new[] { state.ReviewDue, state.Report(ReportRound.FirstHalf).Stage == ReportStage.NotOpen ? state.FirstHalfOpensAt : null, state.FullYearOpensAt }
            .Where(d => d is not null).Min();

    public override object? CustomStatusOf(PlanState state) => new
    {
        measures = state.MeasureInstanceIds.Count,
        finished = state.FinishedMeasures.Count,
        firstHalf = state.Report(ReportRound.FirstHalf).Stage.ToString(),
        fullYear = state.Report(ReportRound.FullYear).Stage.ToString(),
    };

    protected override TransitionTable<PlanState> BuildTransitions() => new TransitionTable<PlanState>(s => s.Step)
        .On<MeasureFinished>(PlanSteps.Open, MeasureDone)
        .On<TimerFired>(PlanSteps.Open, Timer)
        .On<ReportCompiled>(PlanSteps.Reporting, Compiled)
        .On<ReportForwarded>(PlanSteps.Reporting, Forwarded)
        .On<ReportApproved>(PlanSteps.Reporting, Approved)
        .On<ReportReturned>(PlanSteps.Reporting, Returned);

    private static Decision<PlanState> MeasureDone(PlanState state, MeasureFinished e, TransitionContext context) =>
        state.FinishedMeasures.Contains(e.InstanceId)
            ? Decision.Refuse<PlanState>($"{e.InstanceId} was already counted as finished.", RefusalKind.AlreadyDone)
            : Decision.Apply(state with { FinishedMeasures = [.. state.FinishedMeasures, e.InstanceId] });

    private static Decision<PlanState> Timer(PlanState state, TimerFired e, TransitionContext context)
    {
        switch (e.TimerId)
        {
            case FirstHalfTimer when state.Step == PlanSteps.Active:
                return OpenRound(state, ReportRound.FirstHalf, PlanSteps.FirstHalfReport);
            case FullYearTimer when state.Step == PlanSteps.Active:
                return OpenRound(state, ReportRound.FullYear, PlanSteps.FullYearReport);
            case FullYearTimer:
                // The 6-month report is still under way; the 12-month round opens once it is published.
                return Decision.Defer<PlanState>("The 6-month report is not published yet.");
        }

        if (e.TimerId != state.ReviewTimerId)
        {
            return Decision.Refuse<PlanState>($"Timer {e.TimerId} is no longer awaited.", RefusalKind.Stale);
        }

        var round = RoundOf(state.Step);
        var reminded = e.Purpose.EndsWith(WaitPurposes.Reminder, StringComparison.Ordinal);
        var email = Email(state, reminded ? "review-reminder" : "review-escalation", reminded ? EmailAudience.Director : EmailAudience.Coordinator, round, "report-approve");
        if (reminded)
        {
            var sequence = state.TimerSequence + 1;
            var timerId = $"t{sequence}-report-escalation";
            var escalateAt = e.DueAt.AddDays(state.Calendar.ReviewEscalationDays - state.Calendar.ReviewReminderDays);
            return Decision.Apply(
                state with { ReviewTimerId = timerId, TimerSequence = sequence },
                null,
                [email, new ScheduleTimer(timerId, escalateAt, "report-review:" + WaitPurposes.Escalation1)]);
        }

        return Decision.Apply(state with { ReviewTimerId = null }, null, [email, email with { Audience = EmailAudience.Director }]);
    }

    private static Decision<PlanState> OpenRound(PlanState state, ReportRound round, string step)
    {
        var next = WithReport(state, state.Report(round) with { Stage = ReportStage.Compiling }) with { Step = step };
        return Decision.Apply(next, null, [new CompileReport(InstanceIdFor(state.District, state.FiscalYear), round.ToString())]);
    }

    private static Decision<PlanState> Compiled(PlanState state, ReportCompiled e, TransitionContext context)
    {
        var report = state.Report(e.Round);
        if (RoundOf(state.Step) != e.Round || report.Stage != ReportStage.Compiling)
        {
            return Decision.Refuse<PlanState>($"The {e.Round} report is not being compiled.", RefusalKind.Invalid);
        }

        var next = WithReport(state, report with
        {
            Stage = ReportStage.CoordinatorReview,
            DocxBlob = e.DocxBlob,
            XlsxBlob = e.XlsxBlob,
            MissingMeasures = e.MissingMeasures,
            Compilations = report.Compilations + 1,
        });
        var email = Email(next, "report-ready", EmailAudience.Coordinator, e.Round, "report-review", new()
        {
            ["missing"] = string.Join(", ", e.MissingMeasures),
            ["missingCount"] = e.MissingMeasures.Count.ToString(CultureInfo.InvariantCulture),
        });
        return Decision.Apply(next, null, [email]);
    }

    private static Decision<PlanState> Forwarded(PlanState state, ReportForwarded e, TransitionContext context)
    {
        var report = state.Report(e.Round);
        if (report.Stage != ReportStage.CoordinatorReview)
        {
            return StageRefusal(report);
        }

        var sequence = state.TimerSequence + 1;
        var timerId = $"t{sequence}-report-reminder";
        var due = context.Now.AddDays(state.Calendar.ReviewReminderDays);
        var next = WithReport(state, report with { Stage = ReportStage.DirectorApproval }) with
        {
            ReviewTimerId = timerId,
            ReviewDue = due,
            TimerSequence = sequence,
        };
        return Decision.Apply(next, null,
        [
            Email(next, "report-approval", EmailAudience.Director, e.Round, "report-approve", new() { ["comment"] = e.Comment }),
            new ScheduleTimer(timerId, due, "report-review:" + WaitPurposes.Reminder),
        ]);
    }

    private static Decision<PlanState> Approved(PlanState state, ReportApproved e, TransitionContext context)
    {
        var report = state.Report(e.Round);
        if (report.Stage != ReportStage.DirectorApproval)
        {
            return StageRefusal(report);
        }

        var published = WithReport(state, report with { Stage = ReportStage.Published, PublishedAt = context.Now, LastComment = e.Comment }) with
        {
            Step = e.Round == ReportRound.FullYear ? PlanSteps.Completed : PlanSteps.Active,
            Status = e.Round == ReportRound.FullYear ? RuntimeStatus.Completed : RuntimeStatus.Running,
            ReviewTimerId = null,
            ReviewDue = null,
        };
        return Decision.Apply(published, null, [Email(published, "report-published", EmailAudience.Coordinator, e.Round, "none")]);
    }

    private static Decision<PlanState> Returned(PlanState state, ReportReturned e, TransitionContext context)
    {
        var report = state.Report(e.Round);
        if (report.Stage is not (ReportStage.CoordinatorReview or ReportStage.DirectorApproval))
        {
            return StageRefusal(report);
        }

        if (string.IsNullOrWhiteSpace(e.Comment))
        {
            return Decision.Refuse<PlanState>("Returning a report needs a comment.", RefusalKind.Invalid);
        }

        var next = WithReport(state, report with { Stage = ReportStage.Compiling, LastComment = e.Comment }) with
        {
            ReviewTimerId = null,
            ReviewDue = null,
        };
        return Decision.Apply(next, null,
        [
            new CompileReport(InstanceIdFor(state.District, state.FiscalYear), e.Round.ToString()),
            Email(next, "report-returned", EmailAudience.Coordinator, e.Round, "none", new() { ["comment"] = e.Comment }),
        ]);
    }

    private static Decision<PlanState> StageRefusal(RoundReport report) =>
        report.Stage == ReportStage.Published
            ? Decision.Refuse<PlanState>($"The {report.Round} report is already published.", RefusalKind.AlreadyDone)
            : Decision.Refuse<PlanState>($"The {report.Round} report is at stage {report.Stage}.", RefusalKind.Invalid);

    private static ReportRound RoundOf(string step) => step == PlanSteps.FullYearReport ? ReportRound.FullYear : ReportRound.FirstHalf;

    private static PlanState WithReport(PlanState state, RoundReport report) =>
        state with { Reports = [.. state.Reports.Select(r => r.Round == report.Round ? report : r)] };

    private static SendEmail Email(
        PlanState state, string template, EmailAudience audience, ReportRound round, string task, Dictionary<string, string>? extra = null)
    {
        var data = new Dictionary<string, string>
        {
            ["instanceId"] = InstanceIdFor(state.District, state.FiscalYear),
            ["district"] = state.District,
            ["fiscalYear"] = state.FiscalYear.ToString(CultureInfo.InvariantCulture),
            ["round"] = round.ToString(),
            ["task"] = task,
        };
        foreach (var (key, value) in extra ?? [])
        {
            data[key] = value;
        }

        return new SendEmail(template, audience, state.District, [], data);
    }
}
