using System.Globalization;
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

    /// <summary>"งวดที่ 2" from the engine's 0-based index.</summary>
    public static string Period(string? index) =>
        int.TryParse(index, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"งวดที่ {i + 1}")
            : "";
}
