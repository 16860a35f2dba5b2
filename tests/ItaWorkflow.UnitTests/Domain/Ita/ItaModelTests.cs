using ItaWorkflow.Domain.Ita;

namespace ItaWorkflow.Tests.Domain.Ita;

public sealed class ItaModelTests
{
    [Theory]
    [InlineData(100, ItaBand.AA)]
    [InlineData(95, ItaBand.AA)]
    [InlineData(94.99, ItaBand.A)]
    [InlineData(85, ItaBand.A)]
    [InlineData(84.99, ItaBand.B)]
    [InlineData(75, ItaBand.B)]
    [InlineData(65, ItaBand.C)]
    [InlineData(55, ItaBand.D)]
    [InlineData(50, ItaBand.E)]
    [InlineData(49.99, ItaBand.F)]
    [InlineData(0, ItaBand.F)]
    public void Scores_fall_into_the_published_bands(double score, ItaBand band)
    {
        Assert.Equal(band, ItaModel.BandOf((decimal)score));
        Assert.True((decimal)score >= ItaModel.MinimumScore(band));
    }

    [Fact]
    public void Tools_weigh_30_30_40_and_cover_70_questions()
    {
        Assert.Equal([30, 30, 40], ItaModel.Tools.Select(t => t.Weight));
        Assert.Equal(70, ItaModel.Tools.Sum(t => t.QuestionCount));
        Assert.Equal(93.79m, ItaModel.WeightedTotal(91.19m, 88.11m, 100m));
    }

    [Fact]
    public void Tools_have_short_codes_and_indicators_have_printed_headings()
    {
        Assert.Equal(["IIT", "EIT", "OIT"], ItaModel.Tools.Select(t => t.Code));
        Assert.Equal("ตัวชี้วัดที่ 2 การใช้งบประมาณ", ItaModel.Indicator(2).Heading);
        Assert.Equal("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", ItaModel.Indicator(10).Heading);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Indicator_numbers_outside_one_to_ten_are_not_found(int number)
    {
        Assert.Null(ItaModel.FindIndicator(number));
        Assert.Throws<ArgumentOutOfRangeException>(() => ItaModel.Indicator(number));
    }

    [Theory]
    [InlineData("I8", 2)]
    [InlineData("I17", 3)]
    [InlineData("I25", 5)]
    [InlineData("E1", 6)]
    [InlineData("E10", 7)]
    [InlineData("E15", 8)]
    [InlineData("O22", 9)]
    [InlineData("o30", 10)]
    [InlineData("O๒๓", 10)]
    public void Question_codes_belong_to_their_indicator(string text, int indicator)
    {
        Assert.True(QuestionCode.TryParse(text, out var code));
        Assert.Equal(indicator, code.Indicator);
    }

    [Theory]
    [InlineData("I26")]
    [InlineData("E0")]
    [InlineData("O31")]
    [InlineData("X5")]
    [InlineData("")]
    public void Codes_outside_the_model_are_refused(string text)
    {
        Assert.False(QuestionCode.TryParse(text, out _));
    }

    [Fact]
    public void Every_question_belongs_to_exactly_one_indicator_of_its_tool()
    {
        foreach (var tool in ItaModel.Tools)
        {
            for (var n = 1; n <= tool.QuestionCount; n++)
            {
                var code = new QuestionCode(tool.Tool, n);
                Assert.Equal(tool.Tool, ItaModel.Indicator(code.Indicator).Tool);
            }
        }
    }
}
