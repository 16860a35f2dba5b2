namespace ItaWorkflow.Domain.Ita;

/// <summary>Facts about one ITA tool: its question prefix, question count and weight in the total score.</summary>
/// <param name="Tool">The tool.</param>
/// <param name="Prefix">Question code prefix: <c>I</c>, <c>E</c> or <c>O</c>.</param>
/// <param name="QuestionCount">Number of questions (25, 15, 30).</param>
/// <param name="Weight">Weight in percent (30, 30, 40).</param>
/// <param name="ThaiName">Thai name as district reports print it, e.g. แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT).</param>
public sealed record ItaToolInfo(ItaTool Tool, char Prefix, int QuestionCount, int Weight, string ThaiName)
{
    /// <summary>Short code: IIT, EIT or OIT.</summary>
    public string Code => Prefix + "IT";
}
