using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Tests.Workflow.Durable;

/// <summary>The pure step the orchestrator replays: engine rules around the measure definition, without a hub.</summary>
public sealed class WorkflowStepperTests
{
    private const string InstanceId = "ทดสอบ-2567-M01";

    private static readonly DateTimeOffset Start = SampleMeasures.FiscalYearStart;

    internal static StepPlan Started()
    {
        var input = SampleMeasures.Input(SampleMeasures.Measure("M01", 1, SampleMeasures.Registry));
        var generation = WorkflowGeneration.Starting(
            new MeasureWorkflow(), System.Text.Json.JsonSerializer.Serialize(input, EngineJson.Options), "test", virtualClock: true, Start);
        return WorkflowStepper.Step(WorkflowCatalog.Default, InstanceId, generation, Start);
    }

    internal static StepPlan Step(WorkflowGeneration generation, WorkflowEvent workflowEvent, DateTimeOffset at, string? key = null) =>
        WorkflowStepper.Step(
            WorkflowCatalog.Default, InstanceId, generation with { Pending = WorkflowEventMessage.Of(workflowEvent, "registry@district.example", key, at) }, at);

    private static ProgressSubmitted Progress => new(0, SampleMeasures.Registry, WorkStatus.InProgress, 50, "ผล", "ไม่มี", []);

    [Fact]
    public void Start_plans_the_assignment_email_under_a_step_id_and_keeps_the_timers_in_the_generation()
    {
        var plan = Started();

        var email = Assert.Single(plan.Commands);
        Assert.Equal(("d000001-00", "assignment"), (email.CommandId, ((SendEmail)email.Command).Template));
        Assert.Equal(["fiscal-year-end", "t1-acknowledgement-reminder"], plan.Next.Timers.Select(t => t.TimerId).Order());
        Assert.Equal((1L, MeasureSteps.Assigned, RuntimeStatus.Running, Start), (plan.Next.Sequence, plan.Next.Step, plan.Next.Status, plan.Next.CreatedAt));
        Assert.Equal(nameof(InstanceStarted), Assert.Single(plan.Timeline).Type);
        Assert.Null(plan.Next.Pending);
    }

    [Fact]
    public void Progress_sent_before_the_acknowledgement_is_kept_and_applied_right_after_it()
    {
        var kept = Step(Started().Next, Progress, Start.AddHours(1), "submit-0");
        Assert.Equal(RaiseOutcome.Deferred, kept.Result.Outcome);
        Assert.Single(kept.Next.Kept);

        var acknowledged = Step(kept.Next, new DivisionAcknowledged(SampleMeasures.Registry), Start.AddHours(2), "ack");

        Assert.Equal(RaiseOutcome.Applied, acknowledged.Result.Outcome);
        Assert.Equal((MeasureSteps.AwaitingReview, 3L), (acknowledged.Next.Step, acknowledged.Next.Sequence));
        Assert.Empty(acknowledged.Next.Kept);
        Assert.Equal(
            [nameof(DivisionAcknowledged), nameof(PeriodOpened), nameof(ProgressSubmitted)],
            acknowledged.Timeline.Select(e => e.Type));
        Assert.Equal(["progress-due", "submission-received"], acknowledged.Commands.Select(c => ((SendEmail)c.Command).Template));
        Assert.Equal(["d000003-00", "d000003-01"], acknowledged.Commands.Select(c => c.CommandId));
        Assert.True(acknowledged.Next.Applied.ContainsKey("submit-0"));
    }

    [Fact]
    public void A_refused_event_changes_nothing_and_says_why()
    {
        var started = Started().Next;

        var refused = Step(started, new DivisionAcknowledged("ฝ่ายโยธา"), Start.AddHours(1));

        Assert.Equal((RaiseOutcome.Refused, RefusalKind.Invalid), (refused.Result.Outcome, refused.Result.Refusal));
        Assert.Equal("ฝ่ายโยธา is not responsible for this measure.", refused.Result.Reason);
        Assert.False(refused.Changed);
        Assert.Empty(refused.Commands);
        Assert.Equal(started.Sequence, refused.Next.Sequence);
    }
}
