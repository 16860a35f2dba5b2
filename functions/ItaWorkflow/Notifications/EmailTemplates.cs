using System.Net;
using System.Text;
using ItaWorkflow.Directories;
using ItaWorkflow.Reports;

namespace ItaWorkflow.Notifications;

/// <summary>
/// Thai HTML and plain-text emails for the workflow's templates, in the register of official correspondence: one
/// เรียน to the recipient's position, the matter, จึงเรียนมาเพื่อโปรดพิจารณา toward superiors (โปรดทราบและดำเนินการ
/// otherwise), and a closing with the sending office and a contact. Periods are named by their dates, measures by
/// their title (never an internal id), and every digit outside links is Thai. Every value from <c>data</c> is treated
/// as user text and HTML-encoded; dates arrive as <c>yyyy-MM-dd</c>.
/// </summary>
public static class EmailTemplates
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "assignment", "progress-due", "reminder", "escalation-head", "escalation-director", "submission-received",
        "returned", "approved", "review-reminder", "review-escalation", "report-ready", "report-approval",
        "report-published", "report-returned",
    ];

    /// <summary>The closing asking a superior (director, division head) to consider the matter.</summary>
    public const string ClosingToSuperior = "จึงเรียนมาเพื่อโปรดพิจารณา";

    /// <summary>The closing to divisions and coordinators.</summary>
    public const string ClosingToOthers = "จึงเรียนมาเพื่อโปรดทราบและดำเนินการ";

    /// <summary>
    /// Renders <paramref name="template"/> for one recipient. <paramref name="greeting"/> is the recipient's position
    /// (หัวหน้าฝ่ายทะเบียน, ผู้อำนวยการเขตบางเขน) and is addressed once with เรียน; <paramref name="link"/> is their signed
    /// page link; <paramref name="role"/> decides the closing; <paramref name="signOff"/> names the office and contact.
    /// </summary>
    public static RenderedEmail Render(
        string template,
        IReadOnlyDictionary<string, string> data,
        string? greeting,
        string? link,
        DirectoryRole? role = null,
        EmailSignOff? signOff = null)
    {
        string V(string key) => data.TryGetValue(key, out var value) ? value.Trim() : "";
        var isPlan = data.ContainsKey("round");
        var title = V("title").Length > 0 ? V("title") : "มาตรการตามแผนส่งเสริมคุณธรรมและความโปร่งใส";
        var quoted = $"“{title}”";
        var office = ReportText.OfficeName(V("district"));
        var due = DateOf(V("due"));
        var reportDue = DateOf(V("reportDue").Length > 0 ? V("reportDue") : V("due"));
        var period = ThaiLabels.PeriodName(V("periodStart"), V("periodEnd"));
        var round = ThaiLabels.Round(V("round"));
        var late = V("division").Length > 0 ? V("division") : V("divisions").Length > 0 ? V("divisions") : "ฝ่ายที่รับผิดชอบ";
        var lateDoing = V("waitingFor") == "Review"
            ? $"พิจารณารายงานผลการดำเนินการ{period}"
            : V("task") == "acknowledge" ? "รับทราบมาตรการ" : $"รายงานผลการดำเนินการ{period}";
        var lateWhat = "การ" + lateDoing;
        var planReport = $"รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส {round}";

        (string Prefix, string[] Lines, string Action) content = template switch
        {
            "assignment" => ("มอบหมายมาตรการ", [$"{office}ได้มอบหมายให้ฝ่ายของท่านรับผิดชอบมาตรการ {quoted} ตามแผนส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. {V("fiscalYear")}", $"ขอให้รับทราบมาตรการภายในวันที่ {due} และรายงานผลการดำเนินการครั้งแรกภายในวันที่ {reportDue}"], "รับทราบมาตรการ"),
            "progress-due" => ($"ขอรายงานผลการดำเนินการ{period}", [$"ถึงกำหนดรายงานผลการดำเนินการตามมาตรการ {quoted} {period}", $"ขอให้รายงานผลภายในวันที่ {due}"], "รายงานผลการดำเนินการ"),
            "reminder" => ("แจ้งเตือน", [V("task") == "acknowledge" ? $"ฝ่ายของท่านยังไม่ได้รับทราบมาตรการ {quoted}" : $"ฝ่ายของท่านยังไม่ได้รายงานผลการดำเนินการ{period} ของมาตรการ {quoted}", $"ซึ่งมีกำหนดภายในวันที่ {due}"], V("task") == "acknowledge" ? "รับทราบมาตรการ" : "รายงานผลการดำเนินการ"),
            "escalation-head" => ("เกินกำหนด", [$"{late} ยังไม่ได้{lateDoing} ของมาตรการ {quoted} ซึ่งครบกำหนดเมื่อวันที่ {due}", "ขอได้โปรดติดตามให้ดำเนินการโดยเร็ว"], V("task") == "none" ? "ดูรายละเอียด" : "ดำเนินการแทนฝ่าย"),
            "escalation-director" => ("เกินกำหนด", [$"{late} ยังไม่ได้{lateDoing} ของมาตรการ {quoted} ซึ่งครบกำหนดเมื่อวันที่ {due}", "ทั้งนี้ ได้แจ้งเตือนฝ่ายและหัวหน้าฝ่ายแล้ว"], "ดูรายละเอียด"),
            "submission-received" => ("ได้รับรายงานผล", [$"{V("division")} ได้รายงานผลการดำเนินการ{period} ของมาตรการ {quoted} แล้ว", "ขอได้โปรดพิจารณาอนุมัติหรือส่งกลับให้แก้ไข"], "พิจารณารายงาน"),
            "returned" => ("ส่งกลับให้แก้ไข", [$"ผู้อำนวยการเขตได้ส่งรายงานผลการดำเนินการ{period} ของมาตรการ {quoted} กลับให้แก้ไข", $"ขอให้แก้ไขและส่งอีกครั้งภายในวันที่ {due}"], "แก้ไขรายงาน"),
            "approved" => ("อนุมัติแล้ว", [V("completed") == "true" ? $"ผู้อำนวยการเขตอนุมัติผลการดำเนินการ และเห็นว่ามาตรการ {quoted} ดำเนินการแล้วเสร็จ" : $"ผู้อำนวยการเขตอนุมัติรายงานผลการดำเนินการ{period} ของมาตรการ {quoted} แล้ว"], "ดูรายละเอียด"),
            "review-reminder" => ("แจ้งเตือนการพิจารณา", [isPlan ? $"{planReport} ยังรอการอนุมัติจากท่าน" : $"รายงานผลการดำเนินการ{period} ของมาตรการ {quoted} ยังรอการพิจารณาจากท่าน"], "พิจารณารายงาน"),
            "review-escalation" => ("รอการพิจารณาเกินกำหนด", [isPlan ? $"{planReport} ยังไม่ได้รับการอนุมัติจากผู้อำนวยการเขต ซึ่งเกินกำหนดแล้ว" : $"รายงานผลการดำเนินการ{period} ของมาตรการ {quoted} ยังไม่ได้รับการพิจารณาจากผู้อำนวยการเขต ซึ่งเกินกำหนดเมื่อวันที่ {due}"], "ดูรายละเอียด"),
            "report-ready" => ("รายงานพร้อมตรวจสอบ", [$"ระบบได้จัดทำ{planReport} แล้ว", "ขอให้ตรวจสอบและเสนอผู้อำนวยการเขต"], "ตรวจสอบรายงาน"),
            "report-approval" => ("เสนอรายงานเพื่ออนุมัติ", [$"ผู้ประสานงาน ITA ขอเสนอ{planReport}", "ขอได้โปรดพิจารณาอนุมัติเพื่อเผยแพร่บนเว็บไซต์ของสำนักงานเขต"], "พิจารณารายงาน"),
            "report-published" => ("รายงานเผยแพร่แล้ว", [$"ผู้อำนวยการเขตอนุมัติ{planReport} แล้ว", "ขอให้เผยแพร่บนเว็บไซต์ของสำนักงานเขต (OIT ข้อ O30)"], "ดูรายละเอียด"),
            "report-returned" => ("รายงานถูกส่งกลับ", [$"{planReport} ถูกส่งกลับให้แก้ไข", "ระบบจะจัดทำรายงานใหม่จากผลที่อนุมัติล่าสุด"], "ดูรายละเอียด"),
            _ => ("แจ้งเพื่อทราบ", ["มีความเคลื่อนไหวของรายการที่ท่านเกี่ยวข้อง"], "ดูรายละเอียด"),
        };

        var details = new List<(string Label, string Value)>();
        if (isPlan)
        {
            details.Add(("หน่วยงาน", $"{office} ปีงบประมาณ พ.ศ. {V("fiscalYear")}"));
            details.Add(("รอบรายงาน", round));
        }
        else
        {
            details.Add(("มาตรการ", title));
            details.Add(("หน่วยงาน", $"{office} ปีงบประมาณ พ.ศ. {V("fiscalYear")}"));
        }

        if (template is "escalation-head" or "escalation-director")
        {
            details.Add(("ฝ่ายที่ยังไม่ได้ดำเนินการ", late));
            details.Add(("เรื่องที่เกินกำหนด", lateWhat));
            details.Add(("กำหนดเดิม", due));
        }

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
            details.Add(("มาตรการที่ยังไม่มีผลอนุมัติ", $"{missingCount} มาตรการ"));
        }

        if (V("comment") is { Length: > 0 } comment)
        {
            details.Add(("ความเห็น", comment));
        }

        var superior = role is DirectoryRole.Director or DirectoryRole.DivisionHead;
        var email = new Email(
            Greeting(greeting),
            [.. content.Lines.Select(Digits)],
            [.. details.Where(d => d.Value.Length > 0).Select(d => (d.Label, Digits(d.Value)))],
            superior ? ClosingToSuperior : ClosingToOthers,
            SignOffLines(signOff ?? new EmailSignOff(office)),
            link,
            content.Action);
        var subject = Digits(isPlan ? $"{content.Prefix}: {planReport} {office}" : $"{content.Prefix}: {title}");
        subject = subject.Length <= 200 ? subject : subject[..197] + "...";
        return new RenderedEmail(subject, Html(subject, email), Text(email));
    }

    private static string DateOf(string iso) => ThaiText.ToThaiDigits(ThaiDates.FormatIso(iso));

    private static string Digits(string text) => ThaiText.ToThaiDigits(text);

    /// <summary>The position addressed, without a เรียน the caller may already have put in front of it.</summary>
    private static string? Greeting(string? greeting)
    {
        var position = greeting?.Trim() ?? "";
        while (position.StartsWith("เรียน", StringComparison.Ordinal))
        {
            position = position["เรียน".Length..].TrimStart();
        }

        return position.Length > 0 ? Digits(position) : null;
    }

    private static List<string> SignOffLines(EmailSignOff signOff)
    {
        var lines = new List<string> { Digits(signOff.Office) };
        var coordinator = string.IsNullOrWhiteSpace(signOff.ContactName) ? "ผู้ประสานงาน ITA" : $"{signOff.ContactName.Trim()} ผู้ประสานงาน ITA";
        lines.Add(coordinator);
        var contact = string.Join(" ", new[]
        {
            string.IsNullOrWhiteSpace(signOff.ContactEmail) ? "" : "อีเมล " + signOff.ContactEmail.Trim(),
            string.IsNullOrWhiteSpace(signOff.ContactPhone) ? "" : "โทร. " + Digits(signOff.ContactPhone.Trim()),
        }.Where(c => c.Length > 0));
        if (contact.Length > 0)
        {
            lines.Add("ติดต่อ " + contact);
        }

        return lines;
    }

    private static string Html(string subject, Email email)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(subject)).Append("</title></head>")
            .Append("<body style=\"margin:0;padding:0;background:#f3f4f6\">")
            .Append("<div style=\"max-width:640px;margin:0 auto;padding:16px;background:#ffffff;font-family:'TH Sarabun New',Sarabun,Tahoma,sans-serif;font-size:18px;line-height:1.6;color:#222;overflow-wrap:anywhere\">");
        if (email.Greeting is not null)
        {
            html.Append("<p>เรียน ").Append(E(email.Greeting)).Append("</p>");
        }

        foreach (var line in email.Lines)
        {
            html.Append("<p>").Append(E(line)).Append("</p>");
        }

        if (email.Details.Count > 0)
        {
            html.Append("<table role=\"presentation\" style=\"width:100%;border-collapse:collapse;margin:8px 0\">");
            foreach (var (label, value) in email.Details)
            {
                html.Append("<tr><th style=\"text-align:left;vertical-align:top;padding:4px 8px 4px 0\">").Append(E(label))
                    .Append("</th><td style=\"padding:4px 0;white-space:pre-wrap\">").Append(E(value)).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        if (email.Link is not null)
        {
            html.Append("<p><a href=\"").Append(E(email.Link)).Append("\" style=\"display:inline-block;padding:10px 16px;background:#0b5394;color:#ffffff;text-decoration:none;border-radius:4px\">")
                .Append(E(email.Action)).Append("</a></p>")
                .Append("<p style=\"font-size:15px;color:#555\">ลิงก์นี้ใช้ได้เฉพาะท่านและมีวันหมดอายุ กรุณาอย่าส่งต่อ</p>");
        }

        html.Append("<p>").Append(E(email.Closing)).Append("</p><p>");
        for (var i = 0; i < email.SignOff.Count; i++)
        {
            html.Append(i > 0 ? "<br>" : "").Append(E(email.SignOff[i]));
        }

        return html.Append("</p><p style=\"font-size:15px;color:#555\">อีเมลนี้ส่งจากระบบติดตามมาตรการ ITA โดยอัตโนมัติ</p></div></body></html>").ToString();
    }

    private static string Text(Email email)
    {
        var text = new StringBuilder();
        if (email.Greeting is not null)
        {
            text.Append("เรียน ").Append(email.Greeting).Append("\n\n");
        }

        foreach (var line in email.Lines)
        {
            text.Append(line).Append('\n');
        }

        text.Append('\n');
        foreach (var (label, value) in email.Details)
        {
            text.Append(label).Append(": ").Append(value).Append('\n');
        }

        if (email.Link is not null)
        {
            text.Append('\n').Append(email.Action).Append(": ").Append(email.Link).Append('\n')
                .Append("ลิงก์นี้ใช้ได้เฉพาะท่านและมีวันหมดอายุ กรุณาอย่าส่งต่อ\n");
        }

        text.Append('\n').Append(email.Closing).Append("\n\n");
        foreach (var line in email.SignOff)
        {
            text.Append(line).Append('\n');
        }

        return text.Append("\nอีเมลนี้ส่งจากระบบติดตามมาตรการ ITA โดยอัตโนมัติ\n").ToString();
    }

    private sealed record Email(
        string? Greeting,
        IReadOnlyList<string> Lines,
        IReadOnlyList<(string Label, string Value)> Details,
        string Closing,
        IReadOnlyList<string> SignOff,
        string? Link,
        string Action);
}
