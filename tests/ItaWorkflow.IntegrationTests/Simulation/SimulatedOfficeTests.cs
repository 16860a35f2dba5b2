using ItaWorkflow.Reports;
using ItaWorkflow.Simulation;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Tests.Simulation;

public sealed class SimulatedOfficeTests
{
    private static readonly DateTimeOffset Stop = new(2023, 11, 15, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Raises_on_one_case_at_one_stop_share_a_key_so_a_resumed_run_cannot_act_there_twice()
    {
        var forwarded = SimulatedOffice.KeyOf(Stop, "plan-1", new ReportForwarded(ReportRound.FirstHalf, "ตรวจสอบแล้ว"));
        var approved = SimulatedOffice.KeyOf(Stop, "plan-1", new ReportApproved(ReportRound.FirstHalf, "อนุมัติ"));

        Assert.Equal(forwarded, approved);
        Assert.NotEqual(forwarded, SimulatedOffice.KeyOf(Stop.AddDays(1), "plan-1", new ReportApproved(ReportRound.FirstHalf, "อนุมัติ")));
        Assert.NotEqual(forwarded, SimulatedOffice.KeyOf(Stop, "plan-2", new ReportForwarded(ReportRound.FirstHalf, "ตรวจสอบแล้ว")));
    }

    [Fact]
    public void Each_division_acknowledges_under_its_own_key_so_a_partly_done_stop_can_be_completed()
    {
        var registry = SimulatedOffice.KeyOf(Stop, "m-1", new DivisionAcknowledged("ฝ่ายทะเบียน"));
        var finance = SimulatedOffice.KeyOf(Stop, "m-1", new DivisionAcknowledged("ฝ่ายการคลัง"));

        Assert.NotEqual(registry, finance);
        Assert.StartsWith(SimulatedOffice.KeyOf(Stop, "m-1", new ProgressApproved(0, "อนุมัติ")), registry, StringComparison.Ordinal);
    }
}
