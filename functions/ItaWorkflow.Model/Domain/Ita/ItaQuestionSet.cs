using System.Globalization;

namespace ItaWorkflow.Domain.Ita;

/// <summary>
/// The questions of the ITA assessments of a span of years: the tools with their question counts, the indicators with
/// their question ranges, and the question wording where it is known (optional: many years are known only by their ranges).
/// </summary>
/// <param name="FirstAssessmentYear">First assessment year (Buddhist era) the set applies to.</param>
/// <param name="LastAssessmentYear">Last assessment year it applies to; <see cref="int.MaxValue"/> while it is current.</param>
/// <param name="Tools">The three tools in report order.</param>
/// <param name="Indicators">The ten indicators in number order (index 0 is indicator 1).</param>
/// <param name="Wording">Question text by canonical code (<c>I8</c>), where known.</param>
public sealed record ItaQuestionSet(
    int FirstAssessmentYear,
    int LastAssessmentYear,
    IReadOnlyList<ItaToolInfo> Tools,
    IReadOnlyList<ItaIndicator> Indicators,
    IReadOnlyDictionary<string, string> Wording)
{
    /// <summary>A short name for findings and documents, e.g. <c>ITA 2567+</c> or <c>ITA ≤2566</c>.</summary>
    public string Name =>
        LastAssessmentYear == int.MaxValue
            ? $"ITA {FirstAssessmentYear.ToString(CultureInfo.InvariantCulture)}+"
            : $"ITA {FirstAssessmentYear.ToString(CultureInfo.InvariantCulture)}–{LastAssessmentYear.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>True when the set applies to the assessment year.</summary>
    public bool Covers(int assessmentYear) => assessmentYear >= FirstAssessmentYear && assessmentYear <= LastAssessmentYear;

    /// <summary>Facts about a tool in this set.</summary>
    public ItaToolInfo Tool(ItaTool tool) => Tools[(int)tool];

    /// <summary>The indicator with the given number, or null when the number is not 1–10.</summary>
    public ItaIndicator? FindIndicator(int number) => number is >= 1 and <= 10 ? Indicators[number - 1] : null;

    /// <summary>True when the question exists in this set.</summary>
    public bool IsValid(QuestionCode code) => code.Number >= 1 && code.Number <= Tool(code.Tool).QuestionCount;

    /// <summary>The indicator a question belongs to in this set; 0 when the code is out of range.</summary>
    public int IndicatorOf(QuestionCode code) =>
        Indicators.FirstOrDefault(i => i.Tool == code.Tool && code.Number >= i.FirstQuestion && code.Number <= i.LastQuestion)?.Number ?? 0;

    /// <summary>The question's wording in this set, when known.</summary>
    public string? WordingOf(QuestionCode code) => Wording.GetValueOrDefault(code.ToString());
}
