using ItaWorkflow.Admin;
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
    public void Every_status_reads_as_distinct_plain_thai_and_distinct_english()
    {
        var thai = Enum.GetValues<ReportStatus>().Select(s => AdminText.Thai[ReportStatuses.Label(s)]).ToList();
        var english = Enum.GetValues<ReportStatus>().Select(s => AdminText.InEnglish[ReportStatuses.Label(s)]).ToList();

        Assert.Equal(thai.Count, thai.Distinct().Count());
        Assert.Equal(english.Count, english.Distinct().Count());
        Assert.All(thai, t => Assert.DoesNotContain(t, c => char.IsAsciiLetter(c)));
        Assert.All(english, e => Assert.DoesNotContain(e, c => c is >= '\u0E00' and <= '\u0E7F'));
    }
}
