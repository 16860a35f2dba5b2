using ItaWorkflow.Links;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Tests.Workflow.Durable;

/// <summary>Pages answer a raise at once from the read model's state, with the engine's (Thai) answers.</summary>
public sealed class WorkflowPreviewTests
{
    private static readonly DateTimeOffset Now = SampleMeasures.FiscalYearStart.AddHours(1);

    [Fact]
    public void Acknowledging_for_a_division_that_is_not_responsible_is_refused_with_the_engines_thai_answer()
    {
        var state = WorkflowStepperTests.Started().Next.StateJson!;

        var result = WorkflowPreview.Decide(new MeasureWorkflow(), state, new DivisionAcknowledged("ฝ่ายโยธา"), Now);

        Assert.Equal((RaiseOutcome.Refused, RefusalKind.Invalid), (result.Outcome, result.Refusal));
        Assert.Equal("ไม่สามารถดำเนินการได้ในขณะนี้ (ฝ่ายโยธา is not responsible for this measure.)", LinkPages.Describe(result).Error);
    }

    [Fact]
    public void Progress_before_the_acknowledgement_is_answered_as_kept()
    {
        var state = WorkflowStepperTests.Started().Next.StateJson!;

        var result = WorkflowPreview.Decide(
            new MeasureWorkflow(), state, new ProgressSubmitted(0, SampleMeasures.Registry, WorkStatus.Done, 100, "ผล", "", []), Now);

        Assert.Equal(RaiseOutcome.Deferred, result.Outcome);
        Assert.StartsWith("บันทึกแล้ว", LinkPages.Describe(result).Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_used_twice_is_answered_with_who_used_it_first()
    {
        var acknowledged = WorkflowStepperTests.Step(
            WorkflowStepperTests.Started().Next, new DivisionAcknowledged(SampleMeasures.Registry), Now, "ack-link").Next;

        var result = WorkflowPreview.Decide(
            WorkflowCatalog.Default, acknowledged,
            WorkflowEventMessage.Of(new DivisionAcknowledged(SampleMeasures.Registry), "registry@district.example", "ack-link", Now.AddHours(1)),
            Now.AddHours(1));

        Assert.Equal(RaiseOutcome.AlreadyDone, result.Outcome);
        Assert.Equal(("registry@district.example", Now), (result.Previous!.Actor, result.Previous.At));
        Assert.StartsWith("ลิงก์นี้ใช้แล้ว ดำเนินการโดย registry@district.example", LinkPages.Describe(result).Error, StringComparison.Ordinal);
    }
}
