using System.Text.Json;
using ItaWorkflow.Directories;
using ItaWorkflow.Workflow;
using ItaWorkflow.Domain;
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
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        var status = await ReadVisibleAsync(client, user, id, true, context.RequestAborted);
        if (status is null)
        {
            return AdminLayout.Page(context, t["ไม่พบรายการ (Not found)"], user, new HtmlBuilder(t).El("p", t["ไม่พบรายการนี้ หรือไม่มีสิทธิ์ดู — not found or not yours."]), StatusCodes.Status404NotFound);
        }

        var record = status.Instance;
        var measure = record.Definition == MeasureWorkflow.DefinitionName ? JsonSerializer.Deserialize<MeasureState>(record.StateJson, EngineJson.Options) : null;
        var h = new HtmlBuilder(t);
        if (notice is not null)
        {
            h.El("p", t[notice], ("class", "ok"), ("role", "status"));
        }

        if (error is not null)
        {
            h.El("p", t[error], ("class", "error"), ("role", "alert"));
        }

        Summary(h, record, measure, time.GetUtcNow());
        await DeliveryProblemsAsync(h, context, record);
        if (measure is not null)
        {
            ImportedResults(h, measure.Measure.ReportedProgress);
            Progress(h, record.InstanceId, measure);
        }

        var emails = await ActivatorUtilities.GetServiceOrCreateInstance<EmailLog>(context.RequestServices).ForInstanceAsync(record.InstanceId, context.RequestAborted);
        Timeline(h, status, emails);
        if (user.CanAct)
        {
            var directory = measure is null ? null : await context.RequestServices.GetRequiredService<IDirectoryStore>().GetAsync(record.Summary.District, context.RequestAborted);
            Actions(h, context, record, measure, directory);
        }

        // Engine detail (codes, JSON, timers) helps central support staff and only confuses a district office.
        if (user.IsCentral)
        {
            Technical(h, context, status);
        }

        return AdminLayout.Page(context, record.Summary.Title.Length > 0 ? record.Summary.Title : record.InstanceId, user, h);
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
        var t = h.Words;
        var s = record.Summary;
        var overdue = record.Status == RuntimeStatus.Running && s.NextDue < now;
        h.Open("dl", ("class", "summary"));
        Row(h, t["รหัส (Instance)"], record.InstanceId);
        Row(h, t["ประเภท (Definition)"], record.Definition == MeasureWorkflow.DefinitionName ? t["มาตรการ (Measure)"] : t["แผน (Plan)"]);
        Row(h, t["เขต (District)"], s.District);
        Row(h, t["ปีงบประมาณ (Fiscal year)"], ThaiDigits.ToThai(s.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Row(h, t["ตัวชี้วัด (Indicator)"], IndicatorNames.Of(s.Indicator));
        Row(h, t["ฝ่ายที่รับผิดชอบ (Divisions)"], string.Join(", ", s.Divisions));
        Row(h, t["สถานะ (Status)"], InstanceListPage.StatusText(record.Status, t) + (record.StatusReason is { } reason ? $" — {reason}" : ""));
        Row(h, t["ขั้นตอน (Step)"], StepLabels.Of(record.Definition, record.Step, record.Status, measure?.CurrentPeriod, t.Language));
        Row(h, t["กำหนดถัดไป (Next due)"], AdminLayout.Due(s.NextDue, t) + (overdue ? t[" (เกินกำหนด)"] : ""));
        Row(h, t["สร้างเมื่อ / ปรับปรุง (Created / updated)"], $"{AdminLayout.Thai(record.CreatedAt)} / {AdminLayout.Thai(record.UpdatedAt)}");
        if (measure is not null)
        {
            var m = measure.Measure;
            Row(h, t["คำถาม (Questions)"], string.Join(", ", m.QuestionCodes));
            Row(h, t["ประเด็น (Issue)"], m.Issue);
            Row(h, t["มาตรการ/กิจกรรม (Activity)"], m.Activity);
            Row(h, t["ผลผลิต (Output)"], m.Output);
            Row(h, t["การสร้างการรับรู้ (Awareness)"], m.Awareness);
            Row(h, t["การติดตาม (Cadence)"], t[$"ทุก {ThaiDigits.ToThai(m.Cadence.Months.ToString(System.Globalization.CultureInfo.InvariantCulture))} เดือน (every {m.Cadence.Months} months)"]);
            Row(h, t["รับทราบแล้ว (Acknowledged)"], string.Join(", ", measure.Acknowledged));
        }

        h.Close("dl");
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

    /// <summary>What the progress report imported with the plan already stated; web addresses link only when http(s).</summary>
    private static void ImportedResults(HtmlBuilder h, ReportedProgress? reported)
    {
        if (reported is not { Imported: true })
        {
            return;
        }

        var t = h.Words;
        h.El("h2", t["ผลการดำเนินการที่นำเข้า (Imported results)"]).Open("dl", ("id", "imported-results"));
        Row(h, t["ผลการดำเนินการ (Result)"], reported.Result);
        Row(h, t["ปัญหา/อุปสรรค (Problems)"], reported.Problems);
        h.El("dt", t["หลักฐาน (Evidence)"]).Open("dd").Open("ul");
        foreach (var url in reported.EvidenceUrls)
        {
            if (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
            {
                h.Open("li").El("a", url.Trim(), ("href", uri.AbsoluteUri), ("rel", "noopener noreferrer")).Close("li");
            }
            else
            {
                h.El("li", url);
            }
        }

        h.Close("ul").Close("dd").Close("dl");
    }

    private static void Progress(HtmlBuilder h, string instanceId, MeasureState state)
    {
        var t = h.Words;
        h.El("h2", t["รอบการรายงานและผลการดำเนินการ (Periods and progress)"])
            .Open("table", ("id", "progress")).Open("thead").Open("tr");
        foreach (var column in new[] { t["งวด (Period)"], t["ช่วง (Months)"], t["กำหนดส่ง (Due)"], t["สถานะ (Status)"], t["ร้อยละ (Percent)"], t["ผลการดำเนินการ (Result)"], t["ปัญหา/อุปสรรค (Problems)"], t["หลักฐาน (Evidence)"], t["ความเห็น (Review)"] })
        {
            h.El("th", column, ("scope", "col"));
        }

        h.Close("tr").Close("thead").Open("tbody");
        foreach (var period in state.Periods)
        {
            var p = state.Progress[period.Index];
            h.Open("tr")
                .El("td", ThaiDigits.ToThai((period.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) + (period.Index == state.Current ? " ◀" : ""))
                .El("td", $"{AdminLayout.Thai(period.Start)} – {AdminLayout.Thai(period.End)}")
                .El("td", AdminLayout.Thai(period.Due))
                .El("td", $"{StepLabels.Period(p.Status, t.Language)}{(p.OnTime ? t[" ✓ ตรงเวลา (on time)"] : "")} · {StepLabels.Work(p.WorkStatus, t.Language)}")
                .El("td", ThaiDigits.ToThai(p.Percent.ToString(System.Globalization.CultureInfo.InvariantCulture)))
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
        var t = h.Words;
        var entries = status.History
            .Select(e => (At: e.At, Kind: e.Actor.StartsWith("admin:", StringComparison.Ordinal) ? "admin" : "event",
                Title: $"{StepLabels.Event(e.Type, t.Language)} — {e.Actor}", Body: ReasonOf(e.PayloadJson)))
            .Concat(emails.Select(e => (At: e.UpdatedAt, Kind: "email",
                Title: t[$"อีเมลถึง {(e.Recipient.Length > 0 ? e.Recipient : "—")}: {EmailStatusText(e.Status, t)} (Email to {(e.Recipient.Length > 0 ? e.Recipient : "—")}: {EmailStatusText(e.Status, t)})"],
                Body: (string?)e.Subject)))
            .OrderBy(e => e.At);
        h.El("h2", t["ประวัติ (Timeline)"]).Open("ol", ("class", "timeline"), ("id", "timeline"));
        foreach (var entry in entries)
        {
            h.Open("li", ("class", entry.Kind))
                .El("strong", AdminLayout.Thai(entry.At)).Text(" ").El("span", entry.Title);
            if (!string.IsNullOrWhiteSpace(entry.Body))
            {
                h.El("p", entry.Body);
            }

            h.Close("li");
        }

        h.Close("ol");
    }

    /// <summary>The reason an admin or a division gave, read from an event's payload; null when it has none.</summary>
    public static string? ReasonOf(string payloadJson)
    {
        try
        {
            using var document = JsonDocument.Parse(payloadJson);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name.Equals("reason", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
                {
                    return property.Value.GetString();
                }
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string EmailStatusText(EmailStatus status, AdminText t) => status switch
    {
        EmailStatus.Sent => t.Language == AdminLanguage.English ? "sent" : "ส่งแล้ว",
        EmailStatus.Failed => t.Language == AdminLanguage.English ? "not delivered" : "ส่งไม่สำเร็จ",
        EmailStatus.Retrying => t.Language == AdminLanguage.English ? "will be sent again" : "รอส่งใหม่",
        _ => t.Language == AdminLanguage.English ? "sending" : "กำลังส่ง",
    };

    /// <summary>The runtime's own view for central admins, folded away: codes, JSON, wake-ups, parked work and raw events.</summary>
    private static void Technical(HtmlBuilder h, HttpContext context, InstanceStatus status)
    {
        var t = h.Words;
        var record = status.Instance;
        h.Open("details", ("class", "technical"), ("id", "technical")).El("summary", t["รายละเอียดทางเทคนิค (Technical details)"])
            .Open("dl", ("class", "technical-summary"));
        Row(h, "Definition", $"{record.Definition} v{record.DefinitionVersion}");
        Row(h, "Step", record.Step);
        Row(h, "Status", record.Status.ToString());
        Row(h, t["ปลุกครั้งถัดไป (Next wake-up)"], AdminLayout.Thai(record.NextWakeUp));
        h.Close("dl").El("h3", t["สถานะกำหนดเอง (Custom status)"]).El("pre", record.CustomStatusJson ?? "—", ("id", "custom-status"))
            .El("h3", t["ตัวตั้งเวลาที่รออยู่ (Pending timers)"]).Open("ul");
        foreach (var timer in status.Timers)
        {
            h.El("li", $"{AdminLayout.Thai(timer.DueAt)} — {timer.Purpose} ({timer.TimerId})");
        }

        h.Close("ul").El("h3", t["งานที่ค้าง (Parked work)"]).Open("ul", ("id", "parked-work"));
        foreach (var work in status.Parked)
        {
            h.El("li", $"{work.Activity} {work.Id}: {work.Error} (rounds {work.Rounds})");
        }

        h.Close("ul");
        var entries = status.History
            .Select(e => (At: e.At, Title: $"#{e.Sequence} {e.Type} — {e.Actor}", Body: Readable(e.PayloadJson)))
            .OrderBy(e => e.At);
        h.El("h3", t["เหตุการณ์ในระบบ (Engine events)"]).Open("ol", ("class", "timeline"), ("id", "technical-timeline"));
        foreach (var entry in entries)
        {
            h.Open("li").El("strong", AdminLayout.Thai(entry.At)).Text(" ").El("span", entry.Title).El("pre", entry.Body).Close("li");
        }

        h.Close("ol");
        if (AdminUser.From(context.User).CanAct)
        {
            var basePath = "/manage/instances/" + Uri.EscapeDataString(record.InstanceId);
            h.OpenForm(context, basePath + "/raise", "action").El("h3", t["ส่งเหตุการณ์ (Raise an event)"])
                .Field("type", t["ชนิดเหตุการณ์ (Event type)"], null, "text", true)
                .Open("div", ("class", "field")).El("label", t["ข้อมูล JSON (Payload)"], ("for", "payload"))
                .El("textarea", "{}", ("id", "payload"), ("name", "payload"), ("rows", "4"), ("cols", "60"))
                .Close("div")
                .ReasonAndConfirm("raise", t["ส่ง (Raise)"]).Close("form");
        }

        h.Close("details");
    }

    /// <summary>Emails of this case that were not delivered since they failed, with what to do about them.</summary>
    private static async Task DeliveryProblemsAsync(HtmlBuilder h, HttpContext context, InstanceRecord record)
    {
        var t = h.Words;
        var problems = (await context.RequestServices.GetRequiredService<DeliveryProblemLog>().ListAsync(record.Summary.District, context.RequestAborted))
            .Where(p => p.InstanceId == record.InstanceId)
            .ToList();
        if (problems.Count == 0)
        {
            return;
        }

        h.Open("div", ("class", "error-summary"), ("id", "delivery-problems"))
            .El("p", t["อีเมลของรายการนี้ส่งไม่ถึง แก้ทะเบียนหน่วยงาน แล้วกด “ส่งลิงก์งานปัจจุบันซ้ำ” (Some emails of this case were not delivered: fix the directory, then resend the current link.)"])
            .Open("ul");
        foreach (var problem in problems.OrderBy(p => p.At))
        {
            h.El("li", $"{problem.Recipient} · {AdminLayout.Thai(problem.At)} · {problem.Error}");
        }

        h.Close("ul").El("a", t["เปิดทะเบียนหน่วยงาน (Open the directory)"], ("href", "/manage/directory?district=" + Uri.EscapeDataString(record.Summary.District)))
            .Close("div");
    }

    /// <summary>The reassign form offers only divisions the directory can reach, or says where to add them.</summary>
    private static void Reassign(HtmlBuilder h, HttpContext context, string basePath, string district, MeasureState measure, DistrictDirectory? directory)
    {
        var t = h.Words;
        var targets = (directory?.Divisions ?? [])
            .Where(d => d.Emails.Count > 0 && !measure.Divisions.Any(m => directory!.Find(m) == d))
            .Select(d => (d.Name, d.Name))
            .ToList();
        if (targets.Count == 0)
        {
            h.El("h3", t["เปลี่ยนฝ่ายที่รับผิดชอบ (Reassign division)"])
                .Open("p", ("id", "reassign-no-divisions"))
                .Text(t["ทะเบียนหน่วยงานของเขตนี้ไม่มีฝ่ายอื่นที่มีอีเมล จึงยังเปลี่ยนฝ่ายไม่ได้ — the directory has no other division with an email."]).Text(" ")
                .El("a", t["เพิ่มฝ่ายในทะเบียนหน่วยงาน (Add divisions)"], ("href", "/manage/directory?district=" + Uri.EscapeDataString(district)))
                .Close("p");
            return;
        }

        h.OpenForm(context, basePath + "/reassign", "action").El("h3", t["เปลี่ยนฝ่ายที่รับผิดชอบ (Reassign division)"])
            .Select("from", t["จากฝ่าย (From)"], null, measure.Divisions.Select(d => (d, d)))
            .Select("to", t["ไปยังฝ่าย (To)"], null, targets)
            .ReasonAndConfirm("reassign", t["เปลี่ยนฝ่าย (Reassign)"]).Close("form");
    }

    private static void Actions(HtmlBuilder h, HttpContext context, InstanceRecord record, MeasureState? measure, DistrictDirectory? directory)
    {
        var t = AdminText.For(context);
        var basePath = "/manage/instances/" + Uri.EscapeDataString(record.InstanceId);
        h.El("h2", t["การดำเนินการ (Actions)"]);
        if (record.Status == RuntimeStatus.Running)
        {
            h.OpenForm(context, basePath + "/suspend", "action").El("h3", t["ระงับชั่วคราว (Suspend)"]).ReasonAndConfirm("suspend", t["ระงับ (Suspend)"]).Close("form");
        }

        if (record.Status == RuntimeStatus.Suspended)
        {
            h.OpenForm(context, basePath + "/resume", "action").El("h3", t["ดำเนินการต่อ (Resume)"]).ReasonAndConfirm("resume", t["ทำต่อ (Resume)"]).Close("form");
        }

        if (!record.Status.IsFinished())
        {
            h.OpenForm(context, basePath + "/terminate", "action").El("h3", t["ยุติ (Terminate)"]).ReasonAndConfirm("terminate", t["ยุติ (Terminate)"]).Close("form");
        }

        if (measure is not null && MeasureSteps.Active.Contains(record.Step))
        {
            h.OpenForm(context, basePath + "/resend", "action").El("h3", t["ส่งลิงก์งานปัจจุบันซ้ำ (Resend the current link)"])
                .ReasonAndConfirm("resend", t["ส่งซ้ำ (Resend)"]).Close("form");
            Reassign(h, context, basePath, record.Summary.District, measure, directory);
            var dueDay = measure.Wait is { } wait ? AdminLayout.DueDay(wait.Due) : (DateOnly?)null;
            h.OpenForm(context, basePath + "/due", "action").El("h3", t["เปลี่ยนวันครบกำหนด (Change due date)"])
                .Field("due", t["วันครบกำหนดใหม่ (New due date)"], dueDay?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "date", true,
                    hint: dueDay is { } day ? t["ปัจจุบัน (Now)"] + ": " + AdminLayout.Thai(day) : null)
                .ReasonAndConfirm("due", t["เปลี่ยนวัน (Change)"]).Close("form");
        }
    }
}
