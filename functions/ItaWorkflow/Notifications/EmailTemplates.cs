using System.Net;
using System.Text;

namespace ItaWorkflow.Notifications;

/// <summary>
/// Thai HTML and plain-text emails for the workflow's templates. Every value from <c>data</c> is treated as user text
/// and HTML-encoded; dates arrive as <c>yyyy-MM-dd</c> and are shown in Thai Buddhist-Era form.
/// </summary>
public static class EmailTemplates
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "assignment", "progress-due", "reminder", "escalation-head", "escalation-director", "submission-received",
        "returned", "approved", "review-reminder", "review-escalation", "report-ready", "report-approval",
        "report-published", "report-returned",
    ];

    /// <summary>Renders <paramref name="template"/> for one recipient; <paramref name="link"/> is their signed page link.</summary>
    public static RenderedEmail Render(string template, IReadOnlyDictionary<string, string> data, string? greeting, string? link)
    {
        string V(string key) => data.TryGetValue(key, out var value) ? value : "";
        var title = V("title");
        var measure = $"มาตรการ {V("measureId")} {title}".Trim();
        var office = $"สำนักงานเขต{V("district")} ปีงบประมาณ พ.ศ. {V("fiscalYear")}";
        var due = ThaiDates.FormatIso(V("due"));
        var period = $"{ThaiLabels.Period(V("period"))} ({ThaiDates.FormatIso(V("periodStart"))} – {ThaiDates.FormatIso(V("periodEnd"))})";
        var isPlan = data.ContainsKey("round");
        var round = ThaiLabels.Round(V("round"));
        var subject = isPlan ? $"รายงานผลการดำเนินการตามมาตรการ ITA {round}" : measure;
        var details = new List<(string Label, string Value)>();
        if (!isPlan)
        {
            details.Add(("มาตรการ", measure));
            details.Add(("หน่วยงาน", office));
        }
        else
        {
            details.Add(("หน่วยงาน", office));
            details.Add(("รอบรายงาน", round));
        }

        (string Prefix, string[] Lines, string? Action) content = template switch
        {
            "assignment" => ("มอบหมายมาตรการ", [$"ฝ่ายของท่านได้รับมอบหมายให้รับผิดชอบมาตรการนี้ กรุณากดลิงก์เพื่อรับทราบภายในวันที่ {due}", $"กำหนดรายงานผลการดำเนินการครั้งถัดไป: {ThaiDates.FormatIso(data.TryGetValue("reportDue", out var reportDue) ? reportDue : V("due"))}"], "รับทราบมาตรการ"),
            "progress-due" => ("ขอรายงานผลการดำเนินการ", [$"ถึงกำหนดรายงานผลการดำเนินการ{period}", $"กรุณารายงานภายในวันที่ {due}"], "รายงานผลการดำเนินการ"),
            "reminder" => ("แจ้งเตือน", [V("task") == "acknowledge" ? "ฝ่ายของท่านยังไม่ได้รับทราบมาตรการนี้" : $"ฝ่ายของท่านยังไม่ได้รายงานผลการดำเนินการ{period}", $"กำหนดภายในวันที่ {due}"], V("task") == "acknowledge" ? "รับทราบมาตรการ" : "รายงานผลการดำเนินการ"),
            "escalation-head" => ("เกินกำหนด", ["เรียนหัวหน้าฝ่าย", V("task") == "acknowledge" ? "ฝ่ายของท่านยังไม่ได้รับทราบมาตรการนี้" : $"ฝ่ายของท่านยังไม่ได้รายงานผลการดำเนินการ{period}", $"ซึ่งเกินกำหนดวันที่ {due} แล้ว กรุณาติดตามให้ดำเนินการโดยเร็ว"], V("task") == "none" ? "ดูรายละเอียด" : "ดำเนินการแทนฝ่าย"),
            "escalation-director" => ("เกินกำหนด (เรียนผู้อำนวยการเขต)", ["เรียนผู้อำนวยการเขต", $"ฝ่ายที่รับผิดชอบยังไม่ได้ดำเนินการ{period} ซึ่งเกินกำหนดวันที่ {due} แล้ว", "แม้ได้แจ้งเตือนและแจ้งหัวหน้าฝ่ายแล้ว"], "ดูรายละเอียด"),
            "submission-received" => ("ได้รับรายงานผล", ["เรียนผู้อำนวยการเขต", $"{V("division")} รายงานผลการดำเนินการ{period} แล้ว กรุณาพิจารณาอนุมัติหรือส่งกลับให้แก้ไข"], "พิจารณารายงาน"),
            "returned" => ("ส่งกลับให้แก้ไข", [$"ผู้อำนวยการเขตส่งรายงานผลการดำเนินการ{period} กลับให้แก้ไข", $"กรุณาแก้ไขและส่งอีกครั้งภายในวันที่ {due}"], "แก้ไขรายงาน"),
            "approved" => ("อนุมัติแล้ว", [V("completed") == "true" ? "ผู้อำนวยการเขตอนุมัติผลการดำเนินการ และเห็นว่ามาตรการนี้ดำเนินการแล้วเสร็จ" : $"ผู้อำนวยการเขตอนุมัติรายงานผลการดำเนินการ{period} แล้ว"], "ดูรายละเอียด"),
            "review-reminder" => ("แจ้งเตือนการพิจารณา", ["เรียนผู้อำนวยการเขต", isPlan ? "รายงานยังรอการอนุมัติจากท่าน" : $"รายงานผลการดำเนินการ{period} ยังรอการพิจารณาจากท่าน"], isPlan ? "พิจารณารายงาน" : "พิจารณารายงาน"),
            "review-escalation" => ("รอการพิจารณาเกินกำหนด", [isPlan ? "รายงานยังไม่ได้รับการอนุมัติจากผู้อำนวยการเขตเกินกำหนดแล้ว" : $"รายงานผลการดำเนินการ{period} ยังไม่ได้รับการพิจารณาจากผู้อำนวยการเขตเกินกำหนดแล้ว"], "ดูรายละเอียด"),
            "report-ready" => ("รายงานพร้อมตรวจสอบ", ["รายงานผลการดำเนินการจัดทำแล้ว กรุณาตรวจสอบและเสนอผู้อำนวยการเขต"], "ตรวจสอบรายงาน"),
            "report-approval" => ("เสนอรายงานเพื่ออนุมัติ", ["เรียนผู้อำนวยการเขต", "ผู้ประสานงาน ITA เสนอรายงานผลการดำเนินการเพื่อพิจารณาอนุมัติ"], "พิจารณารายงาน"),
            "report-published" => ("รายงานเผยแพร่แล้ว", ["ผู้อำนวยการเขตอนุมัติรายงานแล้ว กรุณาเผยแพร่บนเว็บไซต์ของสำนักงานเขต (OIT ข้อ O30)"], "ดูรายละเอียด"),
            "report-returned" => ("รายงานถูกส่งกลับ", ["รายงานถูกส่งกลับให้แก้ไข ระบบจะจัดทำรายงานใหม่จากผลที่อนุมัติล่าสุด"], "ดูรายละเอียด"),
            _ => ("แจ้งเพื่อทราบ", ["มีความเคลื่อนไหวของรายการที่ท่านเกี่ยวข้อง"], "ดูรายละเอียด"),
        };

        if (template == "submission-received")
        {
            details.Add(("ฝ่าย", V("division")));
            details.Add(("สถานะ", ThaiLabels.WorkStatusText(V("workStatus"))));
            details.Add(("ร้อยละความสำเร็จ", V("percent")));
            details.Add(("ผลการดำเนินการ", V("result")));
            details.Add(("ปัญหา/อุปสรรค", V("problems")));
        }

        if (V("missingCount") is { Length: > 0 } missingCount && missingCount != "0")
        {
            details.Add(("มาตรการที่ยังไม่มีผลอนุมัติ", $"{missingCount} มาตรการ {V("missing")}".Trim()));
        }

        if (V("comment") is { Length: > 0 } comment)
        {
            details.Add(("ความเห็น", comment));
        }

        var fullSubject = $"[ITA] {content.Prefix}: {subject}";
        return new RenderedEmail(
            fullSubject.Length <= 200 ? fullSubject : fullSubject[..197] + "...",
            Html(fullSubject, greeting, content.Lines, details, link, content.Action),
            Text(greeting, content.Lines, details, link, content.Action));
    }

    private static string Html(string subject, string? greeting, string[] lines, List<(string Label, string Value)> details, string? link, string? action)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>").Append(E(subject)).Append("</title></head>")
            .Append("<body style=\"font-family:'TH Sarabun New',Tahoma,sans-serif;font-size:16px;color:#222\">");
        if (greeting is not null)
        {
            html.Append("<p>เรียน ").Append(E(greeting)).Append("</p>");
        }

        foreach (var line in lines)
        {
            html.Append("<p>").Append(E(line)).Append("</p>");
        }

        html.Append("<table style=\"border-collapse:collapse\">");
        foreach (var (label, value) in details.Where(d => d.Value.Length > 0))
        {
            html.Append("<tr><th style=\"text-align:left;vertical-align:top;padding:4px 8px\">").Append(E(label))
                .Append("</th><td style=\"padding:4px 8px;white-space:pre-wrap\">").Append(E(value)).Append("</td></tr>");
        }

        html.Append("</table>");
        if (link is not null)
        {
            html.Append("<p><a href=\"").Append(E(link)).Append("\" style=\"display:inline-block;padding:10px 16px;background:#0b5394;color:#fff;text-decoration:none;border-radius:4px\">")
                .Append(E(action ?? "เปิดลิงก์")).Append("</a></p>")
                .Append("<p style=\"font-size:13px;color:#666\">ลิงก์นี้ใช้ได้เฉพาะท่านและมีวันหมดอายุ กรุณาอย่าส่งต่อ</p>");
        }

        return html.Append("<p style=\"font-size:13px;color:#666\">อีเมลนี้ส่งจากระบบติดตามมาตรการ ITA โดยอัตโนมัติ</p></body></html>").ToString();
    }

    private static string Text(string? greeting, string[] lines, List<(string Label, string Value)> details, string? link, string? action)
    {
        var text = new StringBuilder();
        if (greeting is not null)
        {
            text.Append("เรียน ").Append(greeting).Append("\n\n");
        }

        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        text.Append('\n');
        foreach (var (label, value) in details.Where(d => d.Value.Length > 0))
        {
            text.Append(label).Append(": ").Append(value).Append('\n');
        }

        if (link is not null)
        {
            text.Append('\n').Append(action ?? "เปิดลิงก์").Append(": ").Append(link).Append('\n')
                .Append("ลิงก์นี้ใช้ได้เฉพาะท่านและมีวันหมดอายุ กรุณาอย่าส่งต่อ\n");
        }

        return text.Append("\nอีเมลนี้ส่งจากระบบติดตามมาตรการ ITA โดยอัตโนมัติ\n").ToString();
    }
}
