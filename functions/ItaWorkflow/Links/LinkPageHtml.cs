using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ItaWorkflow.Notifications;
using ItaWorkflow.Reports;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;
using Microsoft.AspNetCore.Antiforgery;

namespace ItaWorkflow.Links;

/// <summary>Server-rendered Thai pages for signed links (no JavaScript); every shown value is HTML-encoded.</summary>
public static class LinkPageHtml
{
    private const string Style =
        "body{font-family:'TH Sarabun New',Tahoma,sans-serif;margin:0;background:#f5f5f5;color:#222}main{max-width:760px;margin:auto;padding:12px;background:#fff}"
        + "h1{font-size:1.3em}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:6px;text-align:left;vertical-align:top;white-space:pre-wrap}"
        + "label{display:block;margin-top:10px;font-weight:bold}input,select,textarea{width:100%;box-sizing:border-box;padding:6px;font-size:1em}"
        + "button{margin:12px 8px 0 0;padding:10px 16px;font-size:1em}.error{background:#fde8e8;border:1px solid #e0a0a0;padding:8px}.notice{background:#e8f3fd;border:1px solid #a0c4e0;padding:8px}";

    /// <summary>
    /// The policy of every link response: nothing loads but the page's own inline style (allowed by its hash, so no
    /// injected style or script runs), forms post only back to the app, and no page can frame it.
    /// </summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Layout(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + $"<title>{E(title)}</title><style>{Style}</style></head><body><main><h1>{E(title)}</h1>{body}</main></body></html>";

    public static string Message(string title, string message, bool error) =>
        Layout(title, $"<p class=\"{(error ? "error" : "notice")}\">{E(message)}</p>");

    /// <summary>The measure page: details, progress per period, history, the notice or errors, and the form the link allows.</summary>
    public static string Measure(
        MeasureState state, InstanceRecord instance, IReadOnlyList<HistoryEntry> history, LinkClaims claims, string token,
        AntiforgeryTokenSet antiforgery, string? notice, IReadOnlyList<string> errors, ProgressForm form, string comment)
    {
        var body = new StringBuilder();
        Feedback(body, notice, errors);
        var m = state.Measure;
        body.Append("<table>")
            .Append(Row("มาตรการ", $"{m.Id} {m.Title}"))
            .Append(Row("หน่วยงาน", $"สำนักงานเขต{state.District} ปีงบประมาณ พ.ศ. {state.FiscalYear}"))
            .Append(Row("ประเด็นที่ต้องปรับปรุง", m.Issue))
            .Append(Row("มาตรการ/กิจกรรม", m.Activity))
            .Append(Row("ผลผลิต", m.Output))
            .Append(Row("ฝ่ายที่รับผิดชอบ", string.Join(", ", state.Divisions)))
            .Append(Row("ผู้ใช้ลิงก์", claims.Division is null ? claims.Recipient : $"{claims.Division} ({claims.Recipient})"));
        if (claims.Period >= 0 && claims.Period < state.Periods.Count)
        {
            var period = state.Periods[claims.Period];
            body.Append(Row("งวด", $"{ThaiLabels.Period(claims.Period.ToString(CultureInfo.InvariantCulture))} ({ThaiDates.Format(period.Start)} – {ThaiDates.Format(period.End)}) กำหนดส่ง {ThaiDates.Format(period.Due)}"));
        }

        body.Append("</table>");
        Periods(body, state, token);
        History(body, history);
        Form(body, state, instance, claims, token, antiforgery, form, comment);
        return Layout($"มาตรการ {m.Id}", body.ToString());
    }

    /// <summary>The report page for the coordinator and the director.</summary>
    public static string Plan(
        PlanState state, LinkClaims claims, string token, AntiforgeryTokenSet antiforgery, string? notice, IReadOnlyList<string> errors, string comment)
    {
        var body = new StringBuilder();
        Feedback(body, notice, errors);
        var round = (ReportRound)Math.Clamp(claims.Period, 0, 1);
        var report = state.Report(round);
        body.Append("<table>")
            .Append(Row("หน่วยงาน", $"สำนักงานเขต{state.District} ปีงบประมาณ พ.ศ. {state.FiscalYear}"))
            .Append(Row("รอบรายงาน", ThaiLabels.Round(round.ToString())))
            .Append(Row("จำนวนครั้งที่จัดทำ", report.Compilations.ToString(CultureInfo.InvariantCulture)))
            .Append(Row("มาตรการที่ยังไม่มีผลอนุมัติ", string.Join(", ", report.MissingMeasures)))
            .Append(Row("ความเห็นล่าสุด", report.LastComment ?? ""))
            .Append("</table>");
        var expected = claims.Task == "report-review" ? ReportStage.CoordinatorReview : ReportStage.DirectorApproval;
        if (LinkActions.Allowed(claims).Count > 0 && report.Stage == expected)
        {
            body.Append(FormStart(token, antiforgery))
                .Append("<label for=\"comment\">ความเห็น</label><textarea id=\"comment\" name=\"comment\" rows=\"3\">").Append(E(comment)).Append("</textarea>");
            foreach (var action in LinkActions.Allowed(claims))
            {
                body.Append(Button(action, action switch
                {
                    LinkActions.Forward => "เสนอผู้อำนวยการเขต",
                    LinkActions.ReportApprove => "อนุมัติรายงาน",
                    _ => "ส่งกลับให้แก้ไข",
                }));
            }

            body.Append("</form>");
        }
        else if (LinkActions.Allowed(claims).Count > 0)
        {
            body.Append("<p class=\"notice\">รายงานรอบนี้ไม่ได้รอการดำเนินการจากท่านแล้ว (").Append(E(report.Stage.ToString())).Append(")</p>");
        }

        return Layout("รายงานผลการดำเนินการตามมาตรการ ITA", body.ToString());
    }

    private static void Feedback(StringBuilder body, string? notice, IReadOnlyList<string> errors)
    {
        if (notice is not null)
        {
            body.Append("<p class=\"notice\">").Append(E(notice)).Append("</p>");
        }

        if (errors.Count > 0)
        {
            body.Append("<div class=\"error\" role=\"alert\"><ul>");
            foreach (var error in errors)
            {
                body.Append("<li>").Append(E(error)).Append("</li>");
            }

            body.Append("</ul></div>");
        }
    }

    private static void Periods(StringBuilder body, MeasureState state, string token)
    {
        var reported = state.Progress.Where(p => p.Submissions > 0 || p.ReviewedAt is not null).ToList();
        if (reported.Count == 0)
        {
            return;
        }

        body.Append("<h2>ผลการดำเนินการ</h2><table><tr><th>งวด</th><th>สถานะ</th><th>ร้อยละ</th><th>ผลการดำเนินการ</th><th>ปัญหา/อุปสรรค</th><th>หลักฐาน</th><th>ความเห็น ผอ.เขต</th></tr>");
        foreach (var p in reported)
        {
            body.Append("<tr><td>").Append(p.Index + 1).Append("</td><td>").Append(E($"{ThaiLabels.Of(p.Status)} / {ThaiLabels.Of(p.WorkStatus)}"))
                .Append("</td><td>").Append(p.Percent).Append("</td><td>").Append(E(p.Result)).Append("</td><td>").Append(E(p.Problems)).Append("</td><td>");
            foreach (var evidence in p.Evidence)
            {
                // State can hold URLs stored before they were checked (or raised by an admin); only http/https become links.
                var href = evidence.BlobName is { } blob ? $"/l/{token}/file?name={Uri.EscapeDataString(blob)}"
                    : evidence.Url is { } url && EvidenceRules.CheckUrl(url) is null ? new Uri(url).AbsoluteUri
                    : null;
                body.Append(href is null
                    ? $"<span>{E(evidence.Name)}</span><br>"
                    : $"<a href=\"{E(href)}\" rel=\"noopener noreferrer\">{E(evidence.Name)}</a><br>");
            }

            body.Append("</td><td>").Append(E(p.ReviewComment)).Append("</td></tr>");
        }

        body.Append("</table>");
    }

    private static void History(StringBuilder body, IReadOnlyList<HistoryEntry> history)
    {
        var shown = history.Where(h => h.Type is nameof(DivisionAcknowledged) or nameof(ProgressSubmitted) or nameof(ProgressApproved)
            or nameof(ProgressReturned) or nameof(CompletionApproved)).ToList();
        if (shown.Count == 0)
        {
            return;
        }

        body.Append("<h2>ประวัติ</h2><table><tr><th>วันที่</th><th>ผู้ดำเนินการ</th><th>รายการ</th><th>รายละเอียด</th></tr>");
        foreach (var entry in shown)
        {
            using var payload = JsonDocument.Parse(entry.PayloadJson);
            string Field(string name) => payload.RootElement.TryGetProperty(name, out var v) ? v.ToString() : "";
            var (label, detail) = entry.Type switch
            {
                nameof(DivisionAcknowledged) => ("รับทราบมาตรการ", Field("division")),
                nameof(ProgressSubmitted) => ("รายงานผล", $"{Field("division")} งวดที่ {Int(Field("period")) + 1} ร้อยละ {Field("percent")}: {Field("result")}"),
                nameof(ProgressApproved) => ("อนุมัติ", Field("comment")),
                nameof(ProgressReturned) => ("ส่งกลับให้แก้ไข", Field("comment")),
                _ => ("อนุมัติว่าแล้วเสร็จ", Field("comment")),
            };
            body.Append("<tr><td>").Append(E(ThaiDates.Format(entry.At))).Append("</td><td>").Append(E(entry.Actor))
                .Append("</td><td>").Append(E(label)).Append("</td><td>").Append(E(detail)).Append("</td></tr>");
        }

        body.Append("</table>");
    }

    private static void Form(
        StringBuilder body, MeasureState state, InstanceRecord instance, LinkClaims claims, string token, AntiforgeryTokenSet antiforgery,
        ProgressForm form, string comment)
    {
        var allowed = LinkActions.Allowed(claims);
        var progress = claims.Period >= 0 && claims.Period < state.Progress.Count ? state.Progress[claims.Period] : null;
        if (state.Status != RuntimeStatus.Running)
        {
            body.Append("<p class=\"notice\">มาตรการนี้สิ้นสุดการติดตามแล้ว</p>");
        }
        else if (allowed.Contains(LinkActions.Acknowledge))
        {
            if (state.Acknowledged.Contains(claims.Division!))
            {
                body.Append("<p class=\"notice\">").Append(E(UsedMessage("รับทราบมาตรการนี้แล้ว", instance, $"ack:{claims.Division}"))).Append("</p>");
            }
            else
            {
                body.Append(FormStart(token, antiforgery)).Append(Button(LinkActions.Acknowledge, "รับทราบมาตรการ")).Append("</form>");
            }
        }
        else if (allowed.Contains(LinkActions.Progress) && progress is not null)
        {
            if (progress.Status == PeriodStatus.Approved)
            {
                body.Append("<p class=\"notice\">งวดนี้ได้รับอนุมัติแล้ว ไม่ต้องรายงานอีก</p>");
            }
            else if (progress.Status == PeriodStatus.Submitted)
            {
                body.Append("<p class=\"notice\">ส่งรายงานงวดนี้แล้ว อยู่ระหว่างผู้อำนวยการเขตพิจารณา</p>");
            }
            else
            {
                ProgressFormHtml(body, token, antiforgery, form == ProgressForm.Empty && progress.Status == PeriodStatus.Returned ? Prefill(progress) : form, progress);
            }
        }
        else if (allowed.Contains(LinkActions.Approve) && progress is not null)
        {
            if (progress.Status == PeriodStatus.Approved)
            {
                body.Append("<p class=\"notice\">").Append(E(UsedMessage("พิจารณาอนุมัติรายงานงวดนี้แล้ว", instance, $"approve:{claims.Period}"))).Append("</p>");
            }
            else if (progress.Status == PeriodStatus.Submitted && state.Step == MeasureSteps.AwaitingReview && state.Current == claims.Period)
            {
                body.Append(FormStart(token, antiforgery))
                    .Append("<label for=\"comment\">ความเห็น (จำเป็นเมื่อส่งกลับ)</label><textarea id=\"comment\" name=\"comment\" rows=\"3\">").Append(E(comment)).Append("</textarea>")
                    .Append(Button(LinkActions.Approve, "อนุมัติ"))
                    .Append(Button(LinkActions.Return, "ส่งกลับให้แก้ไข"))
                    .Append(Button(LinkActions.Complete, "อนุมัติและถือว่ามาตรการแล้วเสร็จ"))
                    .Append("</form>");
            }
            else
            {
                body.Append("<p class=\"notice\">ยังไม่มีรายงานงวดนี้รอการพิจารณา</p>");
            }
        }
    }

    private static void ProgressFormHtml(StringBuilder body, string token, AntiforgeryTokenSet antiforgery, ProgressForm form, PeriodProgress progress)
    {
        if (progress.Status == PeriodStatus.Returned && progress.ReviewComment is { } returnComment)
        {
            body.Append("<p class=\"notice\">ผู้อำนวยการเขตส่งกลับให้แก้ไข: ").Append(E(returnComment)).Append("</p>");
        }

        body.Append(FormStart(token, antiforgery))
            .Append("<label for=\"status\">สถานะการดำเนินการ</label><select id=\"status\" name=\"status\" required><option value=\"\">-- เลือก --</option>");
        foreach (var status in Enum.GetValues<WorkStatus>())
        {
            body.Append("<option value=\"").Append(status).Append('"').Append(form.Status == status.ToString() ? " selected" : "").Append('>')
                .Append(E(ThaiLabels.Of(status))).Append("</option>");
        }

        body.Append("</select>")
            .Append("<label for=\"percent\">ร้อยละความสำเร็จ (0–100)</label><input id=\"percent\" name=\"percent\" type=\"number\" min=\"0\" max=\"100\" required value=\"").Append(E(form.Percent)).Append("\">")
            .Append("<label for=\"result\">ผลการดำเนินการ</label><textarea id=\"result\" name=\"result\" rows=\"5\" required>").Append(E(form.Result)).Append("</textarea>")
            .Append("<label for=\"problems\">ปัญหา/อุปสรรค</label><textarea id=\"problems\" name=\"problems\" rows=\"3\">").Append(E(form.Problems)).Append("</textarea>")
            .Append("<label for=\"files\">ไฟล์หลักฐาน (jpg, png, pdf, docx, xlsx, pptx ไม่เกิน 10 MB ต่อไฟล์ สูงสุด 5 ไฟล์)</label>")
            .Append("<input id=\"files\" name=\"files\" type=\"file\" multiple accept=\".jpg,.jpeg,.png,.pdf,.docx,.xlsx,.pptx\">")
            .Append("<label for=\"urls\">ลิงก์หลักฐาน (บรรทัดละหนึ่งลิงก์)</label><textarea id=\"urls\" name=\"urls\" rows=\"2\">").Append(E(form.Urls)).Append("</textarea>")
            .Append(Button(LinkActions.Progress, "ส่งรายงาน"))
            .Append("</form>");
    }

    private static ProgressForm Prefill(PeriodProgress p) => new(
        p.WorkStatus.ToString(), p.Percent.ToString(CultureInfo.InvariantCulture), p.Result, p.Problems,
        string.Join('\n', p.Evidence.Where(e => e.Url is not null).Select(e => e.Url)));

    /// <summary>"… แล้ว โดย x เมื่อ y" from the instance's applied idempotency keys.</summary>
    public static string UsedMessage(string what, InstanceRecord instance, string key) =>
        instance.Applied.TryGetValue(key, out var applied)
            ? $"ลิงก์นี้ใช้แล้ว: {what} โดย {applied.Actor} เมื่อ {ThaiDates.Format(applied.At)}"
            : $"ลิงก์นี้ใช้แล้ว: {what}";

    private static string FormStart(string token, AntiforgeryTokenSet antiforgery) =>
        $"<form method=\"post\" action=\"/l/{E(token)}\" enctype=\"multipart/form-data\">"
        + $"<input type=\"hidden\" name=\"{E(antiforgery.FormFieldName)}\" value=\"{E(antiforgery.RequestToken)}\">";

    private static string Button(string action, string label) => $"<button type=\"submit\" name=\"action\" value=\"{E(action)}\">{E(label)}</button>";

    private static string Row(string label, string value) => $"<tr><th>{E(label)}</th><td>{E(value)}</td></tr>";

    private static int Int(string text) => int.TryParse(text, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
