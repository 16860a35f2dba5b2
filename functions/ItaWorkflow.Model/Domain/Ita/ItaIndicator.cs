namespace ItaWorkflow.Domain.Ita;

/// <summary>One of the ten ITA indicators (ตัวชี้วัด).</summary>
/// <param name="Number">1–10.</param>
/// <param name="Tool">The tool the indicator belongs to.</param>
/// <param name="ThaiName">Official Thai name, e.g. การใช้งบประมาณ.</param>
/// <param name="FirstQuestion">First question number of the indicator within its tool.</param>
/// <param name="LastQuestion">Last question number of the indicator within its tool.</param>
/// <param name="Aliases">Other spellings met in district documents.</param>
public sealed record ItaIndicator(
    int Number,
    ItaTool Tool,
    string ThaiName,
    int FirstQuestion,
    int LastQuestion,
    IReadOnlyList<string> Aliases)
{
    /// <summary>The heading plans and reports print, with Arabic digits: ตัวชี้วัดที่ 2 การใช้งบประมาณ.</summary>
    public string Heading => $"ตัวชี้วัดที่ {Number.ToString(System.Globalization.CultureInfo.InvariantCulture)} {ThaiName}";
}
