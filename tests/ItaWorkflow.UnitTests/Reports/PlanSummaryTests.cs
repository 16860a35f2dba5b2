using ItaWorkflow.Domain.Ita;
using ItaWorkflow.Reports;

namespace ItaWorkflow.Tests.Reports;

public sealed class PlanSummaryTests
{
    private static readonly MeasureStanding[] Standings =
    [
        new("M1", "Done", true),
        new("M2", "InProgress", false),
        new("M10", "Done", true),
        new("M4", "Done", null),
    ];

    [Fact]
    public void Measures_are_counted_by_status_per_indicator_in_tool_order()
    {
        var summary = PlanSummary.Compute(ReportFixtures.BangKhenPlan(), Standings, null);

        Assert.Equal([1, 2, 6, 9, 10], summary.Indicators.Select(i => i.Indicator));
        Assert.Equal("การใช้งบประมาณ", summary.Indicators[1].Name);
        Assert.Equal(1, summary.Indicators[0].ByStatus["InProgress"]);
        Assert.Equal(1, summary.Indicators[2].ByStatus[PlanSummary.UnknownStatus]);
        Assert.Equal(5, summary.MeasureCount);
    }

    [Fact]
    public void Percent_on_time_counts_only_measures_with_something_due()
    {
        // X1 is not a measure of the plan: it must not count.
        var summary = PlanSummary.Compute(ReportFixtures.BangKhenPlan(), [.. Standings, new MeasureStanding("X1", "Done", false)], null);

        Assert.Equal(3, summary.DueCount);
        Assert.Equal(2, summary.OnTimeCount);
        Assert.Equal(66.7m, summary.PercentOnTime);
    }

    [Fact]
    public void Nothing_due_gives_no_percent_and_scores_give_the_band()
    {
        var summary = PlanSummary.Compute(ReportFixtures.BangKhenPlan(), [], new ItaToolScores(96m, 95m, 94m));

        Assert.Null(summary.PercentOnTime);
        Assert.Equal(94.9m, summary.Score!.Total);
        Assert.Equal(ItaBand.A, summary.Score.Band);
    }
}
