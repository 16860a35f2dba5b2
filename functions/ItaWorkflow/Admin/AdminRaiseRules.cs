using System.Text.Json;
using ItaWorkflow.Links;
using ItaWorkflow.Reports;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Admin;

/// <summary>
/// Which events an admin may raise by hand, and the checks each payload passes first: the same limits the link forms
/// apply, no evidence file names (files arrive only through the upload path, which names them) and only http/https
/// evidence URLs. Engine and history events, and <see cref="ReportCompiled"/> (which names report blobs), are the
/// engine's own and cannot be raised.
/// </summary>
public static class AdminRaiseRules
{
    private const int MaxName = 200;

    /// <summary>The event types an admin may raise, by their stored names.</summary>
    public static IReadOnlyDictionary<string, Type> Raisable { get; } = new[]
    {
        typeof(DivisionAcknowledged), typeof(ProgressSubmitted), typeof(ProgressApproved), typeof(ProgressReturned),
        typeof(CompletionApproved), typeof(DivisionReassigned), typeof(DueDateChanged), typeof(ResendRequested),
        typeof(MeasureFinished), typeof(ReportForwarded), typeof(ReportApproved), typeof(ReportReturned),
    }.ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>The typed event, or a Thai reason (English in parentheses) why it cannot be raised.</summary>
    public static (WorkflowEvent? Event, string? Error) Read(string type, string json)
    {
        if (!Raisable.TryGetValue(type, out var eventType))
        {
            return (null, $"ไม่รู้จักชนิดเหตุการณ์หรือผู้ดูแลส่งเองไม่ได้ '{type}' (unknown event type, or one an admin may not raise)");
        }

        WorkflowEvent? read;
        try
        {
            read = (WorkflowEvent?)JsonSerializer.Deserialize(json, eventType, EngineJson.Options);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or NotSupportedException)
        {
            return (null, $"ข้อมูล JSON ไม่ถูกต้อง (invalid payload): {e.Message}");
        }

        if (read is null)
        {
            return (null, "ข้อมูล JSON ว่างเปล่า (empty payload)");
        }

        return Check(read) is { } error ? (null, error) : (read, null);
    }

    /// <summary>Null when <paramref name="e"/> may be raised, else a Thai reason.</summary>
    public static string? Check(WorkflowEvent e) => e switch
    {
        DivisionAcknowledged a => Text("ฝ่าย", a.Division, MaxName, required: true),
        ProgressSubmitted p => CheckProgress(p),
        ProgressApproved a => Period(a.Period) ?? Text("ความเห็น", a.Comment, LinkFormRules.MaxComment),
        ProgressReturned r => Period(r.Period) ?? Text("ความเห็น", r.Comment, LinkFormRules.MaxComment),
        CompletionApproved c => Period(c.Period) ?? Text("ความเห็น", c.Comment, LinkFormRules.MaxComment),
        DivisionReassigned r => Text("จากฝ่าย", r.From, MaxName, required: true) ?? Text("ไปยังฝ่าย", r.To, MaxName, required: true)
            ?? Text("เหตุผล", r.Reason, LinkFormRules.MaxComment),
        DueDateChanged d => Text("เหตุผล", d.Reason, LinkFormRules.MaxComment),
        ResendRequested r => Text("เหตุผล", r.Reason, LinkFormRules.MaxComment),
        MeasureFinished f => Text("รหัสมาตรการ", f.MeasureId, MaxName, required: true) ?? Text("รหัสรายการ", f.InstanceId, MaxName, required: true)
            ?? (f.ApprovedPeriods < 0 || f.MissedPeriods < 0 ? "จำนวนงวดต้องไม่ติดลบ (period counts must not be negative)" : null),
        ReportForwarded f => Round(f.Round) ?? Text("ความเห็น", f.Comment, LinkFormRules.MaxComment),
        ReportApproved a => Round(a.Round) ?? Text("ความเห็น", a.Comment, LinkFormRules.MaxComment),
        ReportReturned r => Round(r.Round) ?? Text("ความเห็น", r.Comment, LinkFormRules.MaxComment),
        _ => "ผู้ดูแลส่งเหตุการณ์ชนิดนี้เองไม่ได้ (an admin may not raise this event)",
    };

    private static string? CheckProgress(ProgressSubmitted p)
    {
        var error = Period(p.Period)
            ?? Text("ฝ่าย", p.Division, MaxName, required: true)
            ?? (Enum.IsDefined(p.Status) ? null : "สถานะการดำเนินการไม่ถูกต้อง (invalid status)")
            ?? (p.Percent is >= 0 and <= 100 ? null : "ร้อยละความสำเร็จต้องเป็น 0–100 (percent must be 0–100)")
            ?? Text("ผลการดำเนินการ", p.Result, LinkFormRules.MaxResult, required: true)
            ?? Text("ปัญหา/อุปสรรค", p.Problems, LinkFormRules.MaxProblems);
        if (error is not null)
        {
            return error;
        }

        if (p.Evidence is null)
        {
            return "ต้องระบุรายการหลักฐาน (อาจเป็นรายการว่าง) (evidence must be a list, possibly empty)";
        }

        if (p.Evidence.Count > LinkFormRules.MaxUrls)
        {
            return $"ลิงก์หลักฐานได้ไม่เกิน {LinkFormRules.MaxUrls} ลิงก์ (at most {LinkFormRules.MaxUrls} evidence URLs)";
        }

        return p.Evidence.Select(CheckEvidence).FirstOrDefault(e => e is not null);
    }

    private static string? CheckEvidence(Evidence? evidence) => evidence switch
    {
        null => "รายการหลักฐานว่างเปล่า (empty evidence entry)",
        { BlobName: not null } or { ContentType: not null } or { Size: not 0 } =>
            "ผู้ดูแลแนบได้เฉพาะลิงก์หลักฐาน ไฟล์หลักฐานรับทางลิงก์รายงานผลเท่านั้น (evidence raised by an admin may carry a URL only; files come through the upload link)",
        { Url: null } => "หลักฐานต้องมีลิงก์ http:// หรือ https:// (evidence needs a URL)",
        _ => Text("ลิงก์หลักฐาน", evidence.Url, LinkFormRules.MaxUrl) ?? EvidenceRules.CheckUrl(evidence.Url)
            ?? Text("ชื่อหลักฐาน", evidence.Name, LinkFormRules.MaxUrl, required: true),
    };

    private static string? Text(string field, string? value, int max, bool required = false) =>
        value is null || (required && value.Trim().Length == 0)
            ? $"ต้องระบุ{field} (required field missing)"
            : LinkFormRules.CheckText(field, value, max);

    private static string? Period(int period) => period is >= 0 and < 100 ? null : "งวดไม่ถูกต้อง (invalid period)";

    private static string? Round(ReportRound round) => Enum.IsDefined(round) ? null : "รอบรายงานไม่ถูกต้อง (invalid report round)";
}
