namespace ItaWorkflow.Domain;

/// <summary>One row of a district's plan: a weakness found by the ITA and what the office will do about it.</summary>
/// <param name="Id">Stable id within the plan, e.g. <c>M01</c>.</param>
/// <param name="Indicator">ITA indicator number 1–10.</param>
/// <param name="QuestionCodes">Question codes such as <c>I8</c>, <c>E3</c>, <c>O30</c>.</param>
/// <param name="Score">Score of the question when the plan gives one.</param>
/// <param name="Issue">ประเด็นที่ต้องปรับปรุง: the weakness to fix.</param>
/// <param name="Activity">มาตรการ/กิจกรรม: what will be done.</param>
/// <param name="Output">ผลผลิต.</param>
/// <param name="Awareness">วิธีการสร้างการรับรู้.</param>
/// <param name="Deadline">When it must be done, if the plan says.</param>
/// <param name="Divisions">Responsible divisions, normalised against the district directory.</param>
/// <param name="ResponsiblePersons">Named people when the plan gives them.</param>
/// <param name="Cadence">How often the director follows it up.</param>
/// <param name="SourceRef">Where the row came from (file and row), for findings and audits.</param>
/// <param name="ReportedProgress">Results already reported in a progress-report layout, if any.</param>
public sealed record Measure(
    string Id,
    int Indicator,
    IReadOnlyList<string> QuestionCodes,
    decimal? Score,
    string Issue,
    string Activity,
    string Output,
    string Awareness,
    Deadline Deadline,
    IReadOnlyList<string> Divisions,
    IReadOnlyList<string> ResponsiblePersons,
    FollowUpCadence Cadence,
    string SourceRef,
    ReportedProgress? ReportedProgress = null)
{
    /// <summary>A short one-line title for lists and email subjects.</summary>
    public string Title
    {
        get
        {
            var text = string.IsNullOrWhiteSpace(Activity) ? Issue : Activity;
            var firstLine = text.Split('\n', 2)[0].Trim();
            return firstLine.Length <= 120 ? firstLine : firstLine[..117] + "...";
        }
    }
}
