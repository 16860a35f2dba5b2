using ItaWorkflow.Domain.Ita;

namespace ItaWorkflow.Reports;

/// <summary>One measure in a report, with its latest approved result in the round when there is one.</summary>
/// <param name="MeasureId">The measure's id in the plan; internal, never printed in the published document.</param>
/// <param name="Indicator">ITA indicator 1–10.</param>
/// <param name="Tool">The tool the indicator belongs to; null when the indicator is not 1–10.</param>
/// <param name="QuestionCodes">Question codes such as I8, E3, O30.</param>
/// <param name="Score">
/// The score the plan gives: with question codes it is printed next to them; without, it is the indicator's score
/// (the plan wrote it in the indicator heading) and is printed in the indicator heading.
/// </param>
/// <param name="Issue">ประเด็นที่ต้องปรับปรุง.</param>
/// <param name="Activity">มาตรการ/กิจกรรม.</param>
/// <param name="Result">ผลการดำเนินการ of the latest approved progress; empty when none is approved.</param>
/// <param name="Problems">ปัญหา/อุปสรรค of the latest approved progress.</param>
/// <param name="Percent">Percent done of the latest approved progress.</param>
/// <param name="ResultAsOf">Period end of the latest approved progress.</param>
/// <param name="Divisions">Responsible divisions, lead division first as the plan lists them.</param>
/// <param name="Evidence">Evidence of every approved progress in the round, oldest first, without duplicates.</param>
/// <param name="Status">Whether approved progress exists, or an imported result stands in for it.</param>
/// <param name="Output">ผลผลิต/ตัวชี้วัด when the plan gives one.</param>
/// <param name="Timeframe">ระยะเวลา: the plan's deadline wording, empty when it gives none.</param>
/// <param name="QuestionWordings">The wording of each question code that the question catalog knows.</param>
public sealed record ReportRow(
    string MeasureId,
    int Indicator,
    ItaTool? Tool,
    IReadOnlyList<string> QuestionCodes,
    decimal? Score,
    string Issue,
    string Activity,
    string Result,
    string Problems,
    decimal? Percent,
    DateOnly? ResultAsOf,
    IReadOnlyList<string> Divisions,
    IReadOnlyList<EvidenceItem> Evidence,
    ReportRowStatus Status,
    string Output = "",
    string Timeframe = "",
    IReadOnlyDictionary<string, string>? QuestionWordings = null)
{
    /// <summary>True when the row prints a result: approved progress of the round, or one carried over from an imported report.</summary>
    public bool HasResult => Status is ReportRowStatus.Approved or ReportRowStatus.Imported;
}
