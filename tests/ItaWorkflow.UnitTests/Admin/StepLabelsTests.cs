using ItaWorkflow.Admin;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Tests.Admin;

public sealed class StepLabelsTests
{
    private static readonly FollowUpPeriod March2567 = new(5, new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31), new DateOnly(2024, 4, 5));

    private static readonly string[] EngineCodes =
    [
        .. MeasureSteps.Active, MeasureSteps.Completed, .. PlanSteps.Open,
        .. Enum.GetNames<RuntimeStatus>(), .. Enum.GetNames<PeriodStatus>(), .. Enum.GetNames<WaitKind>(), .. Enum.GetNames<WorkStatus>(),
    ];

    public static TheoryData<string, string, RuntimeStatus> EveryStepAndStatus()
    {
        var data = new TheoryData<string, string, RuntimeStatus>();
        foreach (var status in Enum.GetValues<RuntimeStatus>())
        {
            foreach (var step in MeasureSteps.Active.Append(MeasureSteps.Completed))
            {
                data.Add(MeasureWorkflow.DefinitionName, step, status);
            }

            foreach (var step in PlanSteps.Open.Append(PlanSteps.Completed))
            {
                data.Add(PlanWorkflow.DefinitionName, step, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStepAndStatus))]
    public void Every_step_and_status_of_both_definitions_has_a_Thai_and_an_English_label_without_engine_codes(string definition, string step, RuntimeStatus status)
    {
        foreach (var period in new[] { null, March2567 })
        {
            var thai = StepLabels.Of(definition, step, status, period, AdminLanguage.Thai);
            var english = StepLabels.Of(definition, step, status, period, AdminLanguage.English);

            Assert.True(AdminPageText.HasThai(thai), thai);
            Assert.False(AdminPageText.HasThai(english), english);
            Assert.All(EngineCodes, code => Assert.DoesNotContain(code, thai, StringComparison.Ordinal));
            Assert.All(EngineCodes.Where(c => c.Length > 4 && c != "Approved"), code => Assert.DoesNotContain(code, english, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(MeasureSteps.Assigned, RuntimeStatus.Running, "รอฝ่ายรับทราบ")]
    [InlineData(MeasureSteps.AwaitingProgress, RuntimeStatus.Running, "รอรายงานประจำเดือนมีนาคม ๒๕๖๗")]
    [InlineData(MeasureSteps.AwaitingReview, RuntimeStatus.Running, "รอผู้อำนวยการพิจารณา")]
    [InlineData(MeasureSteps.Completed, RuntimeStatus.Completed, "เสร็จสิ้น")]
    [InlineData(MeasureSteps.AwaitingProgress, RuntimeStatus.Suspended, "ระงับชั่วคราว")]
    public void A_measure_reads_as_what_it_waits_for_with_the_period_named_by_its_month(string step, RuntimeStatus status, string expected) =>
        Assert.Equal(expected, StepLabels.Of(MeasureWorkflow.DefinitionName, step, status, March2567, AdminLanguage.Thai));

    [Fact]
    public void The_English_label_names_the_period_by_its_month() =>
        Assert.Equal("Waiting for the progress report for March 2024",
            StepLabels.Of(MeasureWorkflow.DefinitionName, MeasureSteps.AwaitingProgress, RuntimeStatus.Running, March2567, AdminLanguage.English));

    [Fact]
    public void An_unknown_step_or_event_is_named_in_general_words_not_by_its_code()
    {
        Assert.Equal("กำลังดำเนินการ", StepLabels.Of(MeasureWorkflow.DefinitionName, "SomethingNew", RuntimeStatus.Running, null, AdminLanguage.Thai));
        Assert.Equal("เหตุการณ์ในระบบ", StepLabels.Event("SomethingNew", AdminLanguage.Thai));
    }

    [Fact]
    public void Every_period_and_work_status_has_labels_in_both_languages()
    {
        Assert.All(Enum.GetValues<PeriodStatus>(), s => Assert.True(AdminPageText.HasThai(StepLabels.Period(s, AdminLanguage.Thai))));
        Assert.All(Enum.GetValues<PeriodStatus>(), s => Assert.False(AdminPageText.HasThai(StepLabels.Period(s, AdminLanguage.English))));
        Assert.All(Enum.GetValues<WorkStatus>(), s => Assert.True(AdminPageText.HasThai(StepLabels.Work(s, AdminLanguage.Thai))));
        Assert.All(Enum.GetValues<WorkStatus>(), s => Assert.False(AdminPageText.HasThai(StepLabels.Work(s, AdminLanguage.English))));
    }
}
