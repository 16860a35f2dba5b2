using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Tests.Workflow.Durable;

public sealed class StepRecordTests
{
    [Fact]
    public void A_parked_record_retried_after_later_steps_keeps_its_timeline_but_writes_the_current_index_row()
    {
        var started = WorkflowStepperTests.Started();
        var parked = StepRecord.Of("ทดสอบ-2567-M01", started, SampleMeasures.FiscalYearStart)!;
        var later = WorkflowStepperTests.Step(
            started.Next, new DivisionAcknowledged(SampleMeasures.Registry), SampleMeasures.FiscalYearStart.AddHours(1), "ack").Next;

        var retried = parked.WithIndexOf(later, SampleMeasures.FiscalYearStart.AddDays(1));

        Assert.Equal(parked.Timeline, retried.Timeline);
        Assert.Equal((MeasureSteps.AwaitingProgress, later.Sequence), (retried.Step, retried.Sequence));
        Assert.Equal(later.NextTimer!.DueAt, retried.NextWakeUp);
        Assert.Equal(MeasureSteps.AwaitingProgress, retried.ToIndexRecord().Step);
    }
}
