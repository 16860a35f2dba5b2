using ItaWorkflow.Domain.Ita;

namespace ItaWorkflow.Tests.Domain.Ita;

public sealed class ItaScoreTests
{
    [Fact]
    public void Total_weights_IIT_and_EIT_thirty_percent_and_OIT_forty()
    {
        var score = ItaScore.Of(new ItaToolScores(90m, 80m, 100m));

        Assert.Equal(91m, score.Total);
        Assert.Equal(ItaBand.A, score.Band);
    }

    [Fact]
    public void Total_rounds_a_half_hundredth_away_from_zero()
    {
        // 90.15 × 0.30 = 27.045: banker's rounding would give 91.04.
        Assert.Equal(91.05m, ItaScore.Of(new ItaToolScores(90.15m, 80m, 100m)).Total);
    }

    [Fact]
    public void Scores_outside_zero_to_hundred_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ItaScore.Of(new ItaToolScores(101m, 80m, 100m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ItaScore.Of(new ItaToolScores(90m, -1m, 100m)));
    }
}
