using System.Globalization;
using ItaWorkflow.Notifications;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Admin;

/// <summary>
/// Where a case stands in words a district office uses, never the engine's codes: "รอฝ่ายรับทราบ",
/// "รอรายงานประจำเดือนมีนาคม ๒๕๖๗", "ระงับชั่วคราว". English pages get the English of the same label.
/// </summary>
public static class StepLabels
{
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The label of a case from its definition, step and run status; <paramref name="period"/> names the awaited report.</summary>
    public static string Of(string definition, string step, RuntimeStatus status, FollowUpPeriod? period, AdminLanguage language)
    {
        var english = language == AdminLanguage.English;
        if (status != RuntimeStatus.Running)
        {
            return Status(status, language);
        }

        return (definition, step) switch
        {
            (MeasureWorkflow.DefinitionName, MeasureSteps.Assigned) => english ? "Waiting for divisions to acknowledge" : "รอฝ่ายรับทราบ",
            (MeasureWorkflow.DefinitionName, MeasureSteps.AwaitingProgress) => english
                ? "Waiting for the progress report" + (period is null ? "" : " for " + EnglishPeriod(period))
                : "รอรายงาน" + (period is null ? "ผลการดำเนินการ" : ThaiLabels.PeriodName(Iso(period.Start), Iso(period.End))),
            (MeasureWorkflow.DefinitionName, MeasureSteps.AwaitingReview) => english ? "Waiting for the director's review" : "รอผู้อำนวยการพิจารณา",
            (PlanWorkflow.DefinitionName, PlanSteps.Active) => english ? "Following up the measures" : "ติดตามผลตามมาตรการ",
            (PlanWorkflow.DefinitionName, PlanSteps.FirstHalfReport) => english ? "Preparing the 6-month report" : "จัดทำรายงานรอบ ๖ เดือน",
            (PlanWorkflow.DefinitionName, PlanSteps.FullYearReport) => english ? "Preparing the 12-month report" : "จัดทำรายงานรอบ ๑๒ เดือน",
            (_, MeasureSteps.Completed) => Status(RuntimeStatus.Completed, language),
            _ => english ? "In progress" : "กำลังดำเนินการ",
        };
    }

    /// <summary>A run status in plain words.</summary>
    public static string Status(RuntimeStatus status, AdminLanguage language)
    {
        var english = language == AdminLanguage.English;
        return status switch
        {
            RuntimeStatus.Pending => english ? "Not started yet" : "รอเริ่ม",
            RuntimeStatus.Running => english ? "In progress" : "กำลังดำเนินการ",
            RuntimeStatus.Suspended => english ? "Paused" : "ระงับชั่วคราว",
            RuntimeStatus.Completed => english ? "Finished" : "เสร็จสิ้น",
            RuntimeStatus.Failed => english ? "Error" : "ขัดข้อง",
            _ => english ? "Stopped" : "ยุติแล้ว",
        };
    }

    /// <summary>Where a reporting period stands, reusing the Thai of <see cref="ThaiLabels"/>.</summary>
    public static string Period(PeriodStatus status, AdminLanguage language) => language == AdminLanguage.Thai ? ThaiLabels.Of(status) : status switch
    {
        PeriodStatus.NotRequired => "Not required",
        PeriodStatus.Open => "Waiting for the report",
        PeriodStatus.Submitted => "Waiting for the director's review",
        PeriodStatus.Returned => "Sent back for changes",
        PeriodStatus.Approved => "Approved",
        _ => "Not reported on time",
    };

    /// <summary>How far the work itself is, reusing the Thai of <see cref="ThaiLabels"/>.</summary>
    public static string Work(WorkStatus status, AdminLanguage language) => language == AdminLanguage.Thai ? ThaiLabels.Of(status) : status switch
    {
        WorkStatus.NotStarted => "Not started",
        WorkStatus.InProgress => "Under way",
        WorkStatus.Done => "Done",
        _ => "Has problems",
    };

    /// <summary>A history event in plain words; an unknown event type is named generally, never by its code.</summary>
    public static string Event(string type, AdminLanguage language)
    {
        var (thai, english) = type switch
        {
            nameof(InstanceStarted) => ("เริ่มติดตาม", "Follow-up started"),
            nameof(InstanceSuspended) => ("ระงับชั่วคราว", "Paused"),
            nameof(InstanceResumed) => ("ดำเนินการต่อ", "Resumed"),
            nameof(InstanceTerminated) => ("ยุติ", "Stopped"),
            nameof(TimerFired) => ("ถึงเวลาที่กำหนด", "A set time came"),
            nameof(EventDeferred) => ("รอไว้ทำภายหลัง", "Kept for later"),
            nameof(EventDiscarded) => ("ไม่นำมาใช้", "Not used"),
            nameof(DivisionAcknowledged) => ("ฝ่ายรับทราบ", "Division acknowledged"),
            nameof(DivisionReassigned) => ("เปลี่ยนฝ่ายที่รับผิดชอบ", "Division changed"),
            nameof(DueDateChanged) => ("เปลี่ยนวันครบกำหนด", "Due date changed"),
            nameof(ProgressSubmitted) => ("ฝ่ายส่งรายงานผล", "Progress report sent"),
            nameof(ProgressApproved) => ("ผู้อำนวยการเห็นชอบรายงาน", "Report approved"),
            nameof(ProgressReturned) => ("ส่งกลับให้แก้ไข", "Sent back for changes"),
            nameof(CompletionApproved) => ("เห็นชอบให้เสร็จสิ้น", "Completion approved"),
            nameof(MeasureCompleted) => ("มาตรการเสร็จสิ้น", "Measure finished"),
            nameof(MeasureFinished) => ("มาตรการหนึ่งเสร็จสิ้น", "A measure finished"),
            nameof(NudgeSent) => ("ส่งการแจ้งเตือน", "Reminder sent"),
            nameof(PeriodOpened) => ("เปิดงวดรายงาน", "Reporting period opened"),
            nameof(PeriodMissed) => ("ไม่ได้รายงานตามกำหนด", "Report not sent on time"),
            nameof(ResendRequested) => ("ส่งลิงก์ซ้ำ", "Link sent again"),
            nameof(ReportCompiled) => ("จัดทำรายงานแล้ว", "Report compiled"),
            nameof(ReportForwarded) => ("ส่งรายงานต่อ", "Report forwarded"),
            nameof(ReportApproved) => ("อนุมัติรายงาน", "Report approved"),
            nameof(ReportReturned) => ("ส่งรายงานกลับแก้ไข", "Report sent back"),
            _ => ("เหตุการณ์ในระบบ", "System event"),
        };
        return language == AdminLanguage.English ? english : thai;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string EnglishPeriod(FollowUpPeriod period) =>
        period.Start.Year == period.End.Year && period.Start.Month == period.End.Month
            ? period.Start.ToString("MMMM yyyy", EnglishCulture)
            : $"{period.Start.ToString("MMMM yyyy", EnglishCulture)} – {period.End.ToString("MMMM yyyy", EnglishCulture)}";
}
