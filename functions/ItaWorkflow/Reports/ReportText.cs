using ItaWorkflow.Domain;
using ItaWorkflow.Domain.Ita;

namespace ItaWorkflow.Reports;

/// <summary>The Thai wording of the report documents (title block, column headings, statuses, signature).</summary>
public static class ReportText
{
    public const string Title = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";

    public const string OfficePrefix = "สำนักงานเขต";

    public const string DirectorPrefix = "ผู้อำนวยการเขต";

    public static IReadOnlyList<string> ColumnHeadings { get; } =
    [
        "ตัวชี้วัด/ประเด็นการประเมิน",
        "ประเด็นที่ต้องปรับปรุง",
        "มาตรการ/กิจกรรม",
        "ผลการดำเนินการ",
        "ผู้รับผิดชอบ",
        "หลักฐาน",
    ];

    public const string ProblemsLabel = "ปัญหา/อุปสรรค: ";

    public const string SignatureLine = "ลงชื่อ ..................................................";

    public const string NotReadyNote = "หมายเหตุ: มาตรการที่ยังไม่มีรายงานผลหรือผลยังไม่ได้รับความเห็นชอบ ณ วันที่จัดทำรายงาน";

    /// <summary>สำนักงานเขตบางเขน, tolerating a district name that already carries the prefix.</summary>
    public static string OfficeName(string district) =>
        district.StartsWith(OfficePrefix, StringComparison.Ordinal) ? district : OfficePrefix + district;

    /// <summary>ผู้อำนวยการเขตบางเขน.</summary>
    public static string DirectorPosition(string district)
    {
        var name = district.StartsWith(OfficePrefix, StringComparison.Ordinal) ? district[OfficePrefix.Length..] : district;
        return DirectorPrefix + name;
    }

    /// <summary>ประจำปีงบประมาณ พ.ศ. ๒๕๖๗.</summary>
    public static string FiscalYearLine(FiscalYear fiscalYear) =>
        ThaiDigits.ToThai($"ประจำปีงบประมาณ พ.ศ. {fiscalYear.BuddhistYear}");

    /// <summary>รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗).</summary>
    public static string RoundLine(ReportRound round, DateOnly start, DateOnly end) =>
        $"{RoundName(round)} ({ThaiCalendar.FormatLong(start)} – {ThaiCalendar.FormatLong(end)})";

    /// <summary>รอบ ๖ เดือน or รอบ ๑๒ เดือน.</summary>
    public static string RoundName(ReportRound round) => round == ReportRound.FirstHalf ? "รอบ ๖ เดือน" : "รอบ ๑๒ เดือน";

    /// <summary>The whole title as one line (used for document properties and file listings).</summary>
    public static string FullTitle(SemiAnnualReport report) =>
        $"{Title} {OfficeName(report.District)} {FiscalYearLine(report.FiscalYear)} {RoundLine(report.Round, report.PeriodStart, report.PeriodEnd)}";

    /// <summary>
    /// The group heading of a tool, e.g. แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT); ไม่ระบุแบบวัด for measures whose
    /// indicator is not 1–10.
    /// </summary>
    public static string ToolHeading(ItaTool? tool) => tool is { } t ? ItaModel.Tool(t).ThaiName : "ไม่ระบุแบบวัด";

    /// <summary>Short code of a tool for the workbook: IIT, EIT, OIT, or - when the indicator is not 1–10.</summary>
    public static string ToolCode(ItaTool? tool) => tool is { } t ? ItaModel.Tool(t).Code : "-";

    /// <summary>The group heading of an indicator, e.g. ตัวชี้วัดที่ 2 การใช้งบประมาณ (Arabic digits; writers convert).</summary>
    public static string IndicatorHeading(int indicator) => ItaModel.FindIndicator(indicator)?.Heading ?? "ตัวชี้วัดอื่น ๆ";

    /// <summary>Status wording for the status column of the XLSX and for rows without an approved result.</summary>
    public static string StatusName(ReportRowStatus status) => status switch
    {
        ReportRowStatus.Approved => "ผ่านความเห็นชอบแล้ว",
        ReportRowStatus.MissingProgress => "ยังไม่มีรายงานผลการดำเนินการ",
        ReportRowStatus.Unapproved => "รายงานผลยังไม่ได้รับความเห็นชอบ",
        _ => status.ToString(),
    };

    /// <summary>I๘, I๑๗ (๗๓.๓๔ คะแนน): the question codes with the score when there is one.</summary>
    public static string QuestionLine(IReadOnlyList<string> codes, decimal? score) =>
        ThaiText.ToThaiDigits(ThaiText.Clean(string.Join(", ", codes))
            + (score is { } s ? $" ({s.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} คะแนน)" : ""));

    /// <summary>(ข้อมูล ณ ๓๑ มีนาคม ๒๕๖๗).</summary>
    public static string AsOf(DateOnly date) => $"(ข้อมูล ณ {ThaiCalendar.FormatLong(date)})";

    /// <summary>ความคืบหน้าร้อยละ ๘๐.</summary>
    public static string PercentDone(decimal percent) =>
        ThaiDigits.ToThai("ความคืบหน้าร้อยละ " + percent.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
}
