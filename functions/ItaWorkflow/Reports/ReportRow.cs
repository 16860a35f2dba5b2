using ItaWorkflow.Domain.Ita;

namespace ItaWorkflow.Reports;

/// <summary>One measure in a report, with its latest approved result in the round when there is one.</summary>
/// <param name="MeasureId">The measure's id in the plan.</param>
/// <param name="Indicator">ITA indicator 1–10.</param>
/// <param name="Tool">The tool the indicator belongs to; null when the indicator is not 1–10.</param>
/// <param name="QuestionCodes">Question codes such as I8, E3, O30.</param>
/// <param name="Score">The question's ITA score when the plan gives one, printed as in the seeds: (๗๓.๓๔ คะแนน).</param>
/// <param name="Issue">ประเด็นที่ต้องปรับปรุง.</param>
/// <param name="Activity">มาตรการ/กิจกรรม.</param>
/// <param name="Result">ผลการดำเนินการ of the latest approved progress; empty when none is approved.</param>
/// <param name="Problems">ปัญหา/อุปสรรค of the latest approved progress.</param>
/// <param name="Percent">Percent done of the latest approved progress.</param>
/// <param name="ResultAsOf">Period end of the latest approved progress.</param>
/// <param name="Divisions">Responsible divisions.</param>
/// <param name="Evidence">Evidence of every approved progress in the round, oldest first, without duplicates.</param>
/// <param name="Status">Whether approved progress exists.</param>
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
    ReportRowStatus Status);
