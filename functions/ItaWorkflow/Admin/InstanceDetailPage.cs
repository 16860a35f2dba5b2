using System.Text.Json;
using ItaWorkflow.Notifications;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Admin;

/// <summary>One instance: its fields, step and due dates, custom status, timeline, progress with evidence, and actions.</summary>
public static class InstanceDetailPage
{
    /// <summary>Reads an instance if it exists and the admin may see it; otherwise null (a district admin learns nothing about other districts).</summary>
    public static async Task<InstanceStatus?> ReadVisibleAsync(WorkflowClient client, AdminUser user, string instanceId, bool history, CancellationToken cancellationToken)
    {
        if (!InstanceIdIsValid(instanceId))
        {
            return null;
        }

        var status = await client.GetStatusAsync(instanceId, history, cancellationToken);
        return status is not null && user.CanSee(status.Instance.Summary.District) ? status : null;
    }

    public static async Task<IResult> RenderAsync(HttpContext context, WorkflowClient client, TimeProvider time, string id, string? notice = null, string? error = null)
    {
        var user = AdminUser.From(context.User);
        var status = await ReadVisibleAsync(client, user, id, true, context.RequestAborted);
        if (status is null)
        {
            return AdminLayout.Page("ไม่พบรายการ (Not found)", user, new HtmlBuilder().El("p", "ไม่พบรายการนี้ หรือไม่มีสิทธิ์ดู — not found or not yours."), StatusCodes.Status404NotFound);
        }

        var record = status.Instance;
        var measure = record.Definition == MeasureWorkflow.DefinitionName ? JsonSerializer.Deserialize<MeasureState>(record.StateJson, EngineJson.Options) : null;
        var h = new HtmlBuilder();
        if (notice is not null)
        {
            h.El("p", notice, ("class", "ok"), ("role", "status"));
        }

        if (error is not null)
        {
            h.El("p", error, ("class", "error"), ("role", "alert"));
        }

        Summary(h, record, measure, time.GetUtcNow());
        if (measure is not null)
        {
            Progress(h, record.InstanceId, measure);
        }

        h.El("h2", "ตัวตั้งเวลาที่รออยู่ (Pending timers)").Open("ul");
        foreach (var timer in status.Timers)
        {
            h.El("li", $"{AdminLayout.Thai(timer.DueAt)} — {timer.Purpose} ({timer.Kind})");
        }

        h.Close("ul");
        var emails = await ActivatorUtilities.GetServiceOrCreateInstance<EmailLog>(context.RequestServices).ForInstanceAsync(record.InstanceId, context.RequestAborted);
        Timeline(h, status, emails);
        if (user.CanAct)
        {
            Actions(h, context, record, measure);
        }

        return AdminLayout.Page(record.Summary.Title.Length > 0 ? record.Summary.Title : record.InstanceId, user, h);
    }

    public static bool InstanceIdIsValid(string instanceId)
    {
        try
        {
            InstanceIds.Validate(instanceId);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void Summary(HtmlBuilder h, InstanceRecord record, MeasureState? measure, DateTimeOffset now)
    {
        var s = record.Summary;
        var overdue = record.Status == RuntimeStatus.Running && s.NextDue < now;
        h.Open("dl", ("class", "summary"));
        Row(h, "รหัส (Instance)", record.InstanceId);
        Row(h, "ประเภท (Definition)", $"{record.Definition} v{record.DefinitionVersion}");
        Row(h, "เขต (District)", s.District);
        Row(h, "ปีงบประมาณ (Fiscal year)", s.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row(h, "ตัวชี้วัด (Indicator)", IndicatorNames.Of(s.Indicator));
        Row(h, "ฝ่ายที่รับผิดชอบ (Divisions)", string.Join(", ", s.Divisions));
        Row(h, "สถานะ (Status)", InstanceListPage.StatusText(record.Status) + (record.StatusReason is { } reason ? $" — {reason}" : ""));
        Row(h, "ขั้นตอน (Step)", record.Step);
        Row(h, "กำหนดถัดไป (Next due)", AdminLayout.Thai(s.NextDue) + (overdue ? " (เกินกำหนด overdue)" : ""));
        Row(h, "ปลุกครั้งถัดไป (Next wake-up)", AdminLayout.Thai(record.NextWakeUp));
        Row(h, "สร้างเมื่อ / ปรับปรุง (Created / updated)", $"{AdminLayout.Thai(record.CreatedAt)} / {AdminLayout.Thai(record.UpdatedAt)}");
        if (measure is not null)
        {
            var m = measure.Measure;
            Row(h, "คำถาม (Questions)", string.Join(", ", m.QuestionCodes));
            Row(h, "ประเด็น (Issue)", m.Issue);
            Row(h, "มาตรการ/กิจกรรม (Activity)", m.Activity);
            Row(h, "ผลผลิต (Output)", m.Output);
            Row(h, "การสร้างการรับรู้ (Awareness)", m.Awareness);
            Row(h, "การติดตาม (Cadence)", $"ทุก {m.Cadence.Months} เดือน");
            Row(h, "รับทราบแล้ว (Acknowledged)", string.Join(", ", measure.Acknowledged));
        }

        h.Close("dl").El("h2", "สถานะกำหนดเอง (Custom status)").El("pre", record.CustomStatusJson ?? "—", ("id", "custom-status"));
    }

    /// <summary>The payload with Thai and markup characters unescaped for reading; the page encodes it as text.</summary>
    public static string Readable(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, ReadableJson);
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static readonly JsonSerializerOptions ReadableJson = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static void Row(HtmlBuilder h, string term, string value) => h.El("dt", term).El("dd", value);

    private static void Progress(HtmlBuilder h, string instanceId, MeasureState state)
    {
        h.El("h2", "รอบการรายงานและผลการดำเนินการ (Periods and progress)")
            .Open("table", ("id", "progress")).Open("thead").Open("tr");
        foreach (var column in new[] { "รอบ (Period)", "ช่วง (Months)", "กำหนดส่ง (Due)", "สถานะ (Status)", "ร้อยละ (%)", "ผลการดำเนินการ (Result)", "ปัญหา/อุปสรรค (Problems)", "หลักฐาน (Evidence)", "ความเห็น (Review)" })
        {
            h.El("th", column, ("scope", "col"));
        }

        h.Close("tr").Close("thead").Open("tbody");
        foreach (var period in state.Periods)
        {
            var p = state.Progress[period.Index];
            h.Open("tr")
                .El("td", (period.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + (period.Index == state.Current ? " ◀" : ""))
                .El("td", $"{period.Start:yyyy-MM-dd} – {period.End:yyyy-MM-dd}")
                .El("td", period.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                .El("td", $"{p.Status}{(p.OnTime ? " ✓" : "")} ({p.WorkStatus})")
                .El("td", p.Percent.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .El("td", p.Result)
                .El("td", p.Problems)
                .Open("td").Open("ul");
            foreach (var evidence in p.Evidence)
            {
                if (evidence.BlobName is { } blob)
                {
                    var href = $"/manage/instances/{Uri.EscapeDataString(instanceId)}/evidence?blob={Uri.EscapeDataString(blob)}";
                    h.Open("li").El("a", evidence.Name, ("href", href)).Close("li");
                }
                else if (evidence.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
                {
                    h.Open("li").El("a", evidence.Name, ("href", uri.AbsoluteUri), ("rel", "noopener noreferrer")).Close("li");
                }
                else
                {
                    h.El("li", evidence.Name);
                }
            }

            h.Close("ul").Close("td").El("td", p.ReviewComment ?? "").Close("tr");
        }

        h.Close("tbody").Close("table");
    }

    private static void Timeline(HtmlBuilder h, InstanceStatus status, IReadOnlyList<EmailRecord> emails)
    {
        var entries = status.History
            .Select(e => (At: e.At, Kind: e.Actor.StartsWith("admin:", StringComparison.Ordinal) ? "admin" : "event",
                Title: $"#{e.Sequence} {e.Type} — {e.Actor}", Body: Readable(e.PayloadJson)))
            .Concat(status.Outbox.Select(o => (At: o.CreatedAt, Kind: o.Command is SendEmail ? "email" : "command",
                Title: o.Command is SendEmail email
                    ? $"อีเมล (Email) {email.Template} → {email.Audience} {string.Join(", ", email.Divisions)}: {o.Status}{(o.LastError is { } err ? " — " + err : "")}"
                    : $"คำสั่ง (Command) {o.Command.GetType().Name}: {o.Status}",
                Body: o.DoneAt is { } done ? $"ส่งเมื่อ (done) {AdminLayout.Thai(done)}, ครั้งที่ลอง (attempts) {o.Attempts}" : $"ครั้งที่ลอง (attempts) {o.Attempts}")))
            .Concat(emails.Select(e => (At: e.UpdatedAt, Kind: "email",
                Title: $"ส่งถึง (To) {(e.Recipient.Length > 0 ? e.Recipient : "—")}: {e.Status} via {e.Provider}",
                Body: $"{e.Template}: {e.Subject}{(e.LastError is { } err ? " — " + err : "")} (attempts {e.Attempts})")))
            .OrderBy(e => e.At);
        h.El("h2", "ประวัติ (Timeline)").Open("ol", ("class", "timeline"), ("id", "timeline"));
        foreach (var entry in entries)
        {
            h.Open("li", ("class", entry.Kind))
                .El("strong", AdminLayout.Thai(entry.At)).Text(" ").El("span", entry.Title)
                .El("pre", entry.Body)
                .Close("li");
        }

        h.Close("ol");
    }

    private static void Actions(HtmlBuilder h, HttpContext context, InstanceRecord record, MeasureState? measure)
    {
        var basePath = "/manage/instances/" + Uri.EscapeDataString(record.InstanceId);
        h.El("h2", "การดำเนินการ (Actions)");
        if (record.Status == RuntimeStatus.Running)
        {
            h.OpenForm(context, basePath + "/suspend", "action").El("h3", "ระงับชั่วคราว (Suspend)").ReasonAndConfirm("suspend", "ระงับ (Suspend)").Close("form");
        }

        if (record.Status == RuntimeStatus.Suspended)
        {
            h.OpenForm(context, basePath + "/resume", "action").El("h3", "ดำเนินการต่อ (Resume)").ReasonAndConfirm("resume", "ทำต่อ (Resume)").Close("form");
        }

        if (!record.Status.IsFinished())
        {
            h.OpenForm(context, basePath + "/terminate", "action").El("h3", "ยุติ (Terminate)").ReasonAndConfirm("terminate", "ยุติ (Terminate)").Close("form");
        }

        if (measure is not null && MeasureSteps.Active.Contains(record.Step))
        {
            h.OpenForm(context, basePath + "/resend", "action").El("h3", "ส่งลิงก์งานปัจจุบันซ้ำ (Resend the current link)")
                .ReasonAndConfirm("resend", "ส่งซ้ำ (Resend)").Close("form");
            h.OpenForm(context, basePath + "/reassign", "action").El("h3", "เปลี่ยนฝ่ายที่รับผิดชอบ (Reassign division)")
                .Select("from", "จากฝ่าย (From)", null, measure.Divisions.Select(d => (d, d)))
                .Field("to", "ไปยังฝ่าย (To)", null, "text", true)
                .ReasonAndConfirm("reassign", "เปลี่ยนฝ่าย (Reassign)").Close("form");
            h.OpenForm(context, basePath + "/due", "action").El("h3", "เปลี่ยนวันครบกำหนด (Change due date)")
                .Field("due", "วันครบกำหนดใหม่ (New due date)", measure.Wait is { } wait ? measure.Calendar.DayOf(wait.Due).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null, "date", true)
                .ReasonAndConfirm("due", "เปลี่ยนวัน (Change)").Close("form");
        }

        h.OpenForm(context, basePath + "/raise", "action").El("h3", "ส่งเหตุการณ์ (Raise an event)")
            .Field("type", "ชนิดเหตุการณ์ (Event type)", null, "text", true)
            .Open("div", ("class", "field")).El("label", "ข้อมูล JSON (Payload)", ("for", "payload"))
            .El("textarea", "{}", ("id", "payload"), ("name", "payload"), ("rows", "4"), ("cols", "60"))
            .Close("div")
            .ReasonAndConfirm("raise", "ส่ง (Raise)").Close("form");
    }
}
