using ItaWorkflow.Reports;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Tests.Reports;

public sealed class ReportStatusesTests
{
    [Theory]
    [InlineData(ReportStage.NotOpen, false, ReportStatus.Waiting)]
    [InlineData(ReportStage.NotOpen, true, ReportStatus.Draft)]
    [InlineData(ReportStage.Compiling, false, ReportStatus.Draft)]
    [InlineData(ReportStage.CoordinatorReview, true, ReportStatus.CoordinatorReview)]
    [InlineData(ReportStage.DirectorApproval, false, ReportStatus.DirectorReview)]
    [InlineData(ReportStage.Published, true, ReportStatus.Published)]
    public void A_rounds_status_follows_its_stage_and_a_draft_counts_only_before_the_round_opens(ReportStage stage, bool hasDraft, ReportStatus expected) =>
        Assert.Equal(expected, ReportStatuses.Of(stage, hasDraft));

    [Fact]
    public void Every_status_has_a_distinct_thai_label()
    {
        var labels = Enum.GetValues<ReportStatus>().Select(ReportStatuses.Label).ToList();

        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.All(labels, l => Assert.Contains(l[..1], "รฉอ"));
    }
}
