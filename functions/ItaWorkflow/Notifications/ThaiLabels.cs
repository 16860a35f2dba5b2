using System.Globalization;
using ItaWorkflow.Domain;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Notifications;

/// <summary>Thai names of workflow values shown in emails and pages.</summary>
public static class ThaiLabels
{
    public static string Of(WorkStatus status) => status switch
    {
        WorkStatus.NotStarted => "ยังไม่เริ่ม",
        WorkStatus.InProgress => "กำลังดำเนินการ",
        WorkStatus.Done => "แล้วเสร็จ",
        _ => "มีปัญหา",
    };

    public static string WorkStatusText(string? value) =>
        Enum.TryParse<WorkStatus>(value, out var status) ? Of(status) : value ?? "";

    public static string Of(PeriodStatus status) => status switch
    {
        PeriodStatus.NotRequired => "ไม่ต้องรายงาน",
        PeriodStatus.Open => "รอรายงาน",
        PeriodStatus.Submitted => "รอผู้อำนวยการเขตพิจารณา",
        PeriodStatus.Returned => "ส่งกลับให้แก้ไข",
        PeriodStatus.Approved => "อนุมัติแล้ว",
        _ => "ไม่ได้รายงานตามกำหนด",
    };

    public static string Round(string? round) => round switch
    {
        "FirstHalf" => "รอบ 6 เดือน (ตุลาคม–มีนาคม)",
        "FullYear" => "รอบ 12 เดือน (ตุลาคม–กันยายน)",
        _ => round ?? "",
    };

    /// <summary>"งวดที่ 2" from the engine's 0-based index, for pages that list periods side by side.</summary>
    public static string Period(string? index) =>
        int.TryParse(index, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"งวดที่ {i + 1}")
            : "";

    /// <summary>
    /// A follow-up period named by its dates, in Thai digits: ประจำเดือนกุมภาพันธ์ ๒๕๖๗ for a calendar month,
    /// ประจำเดือนตุลาคม ๒๕๖๖ – มีนาคม ๒๕๖๗ for whole months, otherwise ระหว่างวันที่ ๑ … – ๑๕ …; empty without dates.
    /// </summary>
    public static string PeriodName(string? isoStart, string? isoEnd)
    {
        if (!DateOnly.TryParseExact(isoStart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !DateOnly.TryParseExact(isoEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            return "";
        }

        var wholeMonths = start.Day == 1 && end.AddDays(1).Day == 1;
        if (wholeMonths && start.Year == end.Year && start.Month == end.Month)
        {
            return "ประจำเดือน" + ThaiCalendar.FormatMonth(start.Year, start.Month);
        }

        return wholeMonths
            ? $"ประจำเดือน{ThaiCalendar.FormatMonth(start.Year, start.Month)} – {ThaiCalendar.FormatMonth(end.Year, end.Month)}"
            : $"ระหว่างวันที่ {ThaiCalendar.FormatLong(start)} – {ThaiCalendar.FormatLong(end)}";
    }
}
