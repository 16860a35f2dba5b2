using ItaWorkflow.Domain.Ita;

namespace ItaWorkflow.Tests.Domain.Ita;

public sealed class ItaQuestionSetTests
{
    [Theory]
    [InlineData(2565, 25)]
    [InlineData(2566, 25)]
    [InlineData(2567, 30)]
    [InlineData(2570, 30)]
    public void The_iit_has_the_question_count_of_its_assessment_year(int assessmentYear, int questions)
    {
        Assert.Equal(questions, ItaModel.ForAssessmentYear(assessmentYear).Tool(ItaTool.Iit).QuestionCount);
    }

    [Fact]
    public void Ita_2566_ranges_are_those_the_nong_khaem_analysis_lists()
    {
        var set = ItaModel.ForAssessmentYear(2566);

        Assert.Equal([(1, 7), (8, 11), (12, 17), (18, 20), (21, 25)], set.Indicators.Take(5).Select(i => (i.FirstQuestion, i.LastQuestion)));
    }

    [Fact]
    public void Ita_2567_has_six_iit_questions_per_indicator_and_the_same_eit_and_oit()
    {
        var set = ItaModel.ForAssessmentYear(2567);

        Assert.Equal([(1, 6), (7, 12), (13, 18), (19, 24), (25, 30)], set.Indicators.Take(5).Select(i => (i.FirstQuestion, i.LastQuestion)));
        Assert.Equal(
            ItaModel.Default.Indicators.Skip(5).Select(i => (i.Number, i.Tool, i.FirstQuestion, i.LastQuestion)),
            set.Indicators.Skip(5).Select(i => (i.Number, i.Tool, i.FirstQuestion, i.LastQuestion)));
        Assert.Equal(5, set.IndicatorOf(new QuestionCode(ItaTool.Iit, 28)));
        Assert.Equal(2, set.IndicatorOf(new QuestionCode(ItaTool.Iit, 7)));
    }

    [Fact]
    public void A_plan_refers_to_the_question_set_of_the_previous_years_assessment()
    {
        Assert.Equal(ItaModel.ForAssessmentYear(2566), ItaModel.ForPlanYear(2567));
        Assert.Equal(ItaModel.ForAssessmentYear(2567), ItaModel.ForPlanYear(2568));
    }

    [Fact]
    public void Callers_without_a_year_get_the_default_set_and_its_names()
    {
        Assert.Same(ItaModel.Default.Indicators, ItaModel.Indicators);
        Assert.Equal(1, ItaModel.IndicatorOf(new QuestionCode(ItaTool.Iit, 7)));
        Assert.Equal("การใช้ทรัพย์สินของราชการ", ItaModel.FindIndicator(4)!.ThaiName);
        Assert.Null(ItaModel.Default.WordingOf(new QuestionCode(ItaTool.Iit, 1)));
    }
}
