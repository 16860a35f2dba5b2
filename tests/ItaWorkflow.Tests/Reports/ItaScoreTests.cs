using ItaWorkflow.Reports;

namespace ItaWorkflow.Tests.Reports;

public sealed class ItaScoreTests
{
    [Theory]
    [InlineData(100, "AA")]
    [InlineData(95, "AA")]
    [InlineData(94.99, "A")]
    [InlineData(85, "A")]
    [InlineData(84.99, "B")]
    [InlineData(75, "B")]
    [InlineData(65, "C")]
    [InlineData(55, "D")]
    [InlineData(50, "E")]
    [InlineData(49.99, "F")]
    [InlineData(0, "F")]
    public void Band_follows_the_published_thresholds(double score, string band)
    {
        Assert.Equal(band, ItaBand.FromScore((decimal)score).Name);
    }

    [Fact]
    public void Total_weights_IIT_and_EIT_thirty_percent_and_OIT_forty()
    {
        var score = ItaScore.Of(new ItaToolScores(90m, 80m, 100m));

        Assert.Equal(91m, score.Total);
        Assert.Equal("A", score.Band.Name);
    }

    [Fact]
    public void Scores_outside_zero_to_hundred_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ItaScore.Of(new ItaToolScores(101m, 80m, 100m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ItaBand.FromScore(-1m));
    }
}
