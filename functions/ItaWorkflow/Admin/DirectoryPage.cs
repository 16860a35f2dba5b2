using System.Globalization;
using ItaWorkflow.Workflow;
using ItaWorkflow.Directories;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Admin;

/// <summary>
/// A district's directory as a form: one table row per division (name, other names, emails, head, Entra group), the
/// director, an acting director and the ITA coordinator. Filled from Excel or Entra groups too; a save is refused, with
/// what was typed kept, while a field is wrong or an open measure's division would no longer be reachable.
/// District admins edit only their own district.
/// </summary>
public static partial class DirectoryPage
{
    private const int BlankRows = 3;

    public static async Task<IResult> RenderAsync(HttpContext context, IDirectoryStore store, string? district)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        var scoped = user.ScopeDistrict(district);
        if (scoped is null)
        {
            return await DistrictsAsync(context, store, user);
        }

        var current = await store.GetAsync(scoped, context.RequestAborted);
        var values = current is null ? Empty(scoped) : DirectoryForm.FromDirectory(current);
        var notice = context.Request.Query["saved"] == "1" ? t["บันทึกทะเบียนแล้ว — the directory was saved."]
            : context.Request.Query["synced"] == "1" ? t["ดึงรายชื่อจากกลุ่ม Entra แล้ว — the divisions were refreshed from Entra."]
            : null;
        return Form(context, user, values, [], notice, current is null);
    }

    public static async Task<IResult> SaveAsync(HttpContext context, IDirectoryStore store, WorkflowClient client, ILogger<DirectoryEditLog> logger)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var district = user.ScopeDistrict(form["district"]);
        if (district is null || !user.CanSee(district))
        {
            return Results.NotFound();
        }

        var values = DirectoryForm.Read(district, name => form[name].ToString());
        if (form["do"] == "more")
        {
            return Form(context, user, values with { Rows = [.. values.Rows, .. Enumerable.Repeat(DirectoryFormRow.Blank, 5)] }, [], null, false);
        }

        var (directory, errors) = DirectoryForm.Validate(values, t);
        var problems = errors.ToList();
        if (string.IsNullOrWhiteSpace(form["reason"]) || form["confirm"] != "yes")
        {
            problems.Add(new("directory-reason", t["ใส่เหตุผลและติ๊กยืนยันก่อนบันทึก — type a reason and tick the confirmation."]));
        }

        if (directory is not null)
        {
            problems.AddRange(await UnreachableOpenMeasuresAsync(client, directory, t, context.RequestAborted));
        }

        if (problems.Count > 0)
        {
            return Form(context, user, values, problems, null, false, StatusCodes.Status400BadRequest);
        }

        await store.SaveAsync(directory!, context.RequestAborted);
        LogSaved(logger, district, user.Actor, form["reason"].ToString());
        return TypedResults.Redirect("/manage/directory?saved=1&district=" + Uri.EscapeDataString(district));
    }

    /// <summary>Fills the form from an uploaded sheet; nothing is saved until the admin checks it and saves.</summary>
    public static async Task<IResult> ImportAsync(HttpContext context, IDirectoryStore store)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        if (await PostedAsync(context, store, user) is not var (form, district, current, shown))
        {
            return Results.NotFound();
        }

        if (form.Files.GetFile("directory-file") is not { Length: > 0 } file)
        {
            return Form(context, user, shown, [new("directory-file", t["เลือกไฟล์ Excel (.xlsx) ก่อนกดนำเข้า — choose an .xlsx file first."])], null, current is null, StatusCodes.Status400BadRequest);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, context.RequestAborted);
        var (imported, errors) = DirectoryWorkbook.Read(buffer.ToArray(), district, current);
        if (imported is null)
        {
            return Form(context, user, shown, [.. errors.Select(e => new DirectoryFormError("directory-file", e))], null, current is null, StatusCodes.Status400BadRequest);
        }

        var notice = t.Pick(
            $"อ่านไฟล์ {file.FileName} แล้ว ({imported.Divisions.Count} ฝ่าย) ยังไม่ได้บันทึก ตรวจในตาราง แล้วใส่เหตุผลและกดบันทึก",
            $"Read {file.FileName} ({imported.Divisions.Count} divisions); not saved yet: check the table, then give a reason and save.");
        return Form(context, user, DirectoryForm.FromDirectory(imported), [], notice, false);
    }

    /// <summary>The directory (or an example) as an Excel sheet in the layout <see cref="ImportAsync"/> reads.</summary>
    public static async Task<IResult> WorkbookAsync(HttpContext context, IDirectoryStore store, string? district)
    {
        var user = AdminUser.From(context.User);
        var scoped = user.ScopeDistrict(district);
        var current = scoped is null ? null : await store.GetAsync(scoped, context.RequestAborted);
        var name = scoped is null ? "directory-template.xlsx" : $"directory-{scoped}.xlsx";
        return TypedResults.File(DirectoryWorkbook.Write(current), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    /// <summary>Refreshes the divisions that name an Entra group from that group's members and owner.</summary>
    public static async Task<IResult> SyncEntraAsync(HttpContext context, IDirectoryStore store, ILogger<DirectoryEditLog> logger)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        if (await PostedAsync(context, store, user) is not var (form, district, current, shown))
        {
            return Results.NotFound();
        }

        var groups = (current?.Divisions ?? []).Where(d => d.EntraGroupId is { Length: > 0 }).ToDictionary(d => d.Name, d => d.EntraGroupId!);
        if (string.IsNullOrWhiteSpace(form["reason"]) || form["confirm"] != "yes")
        {
            return Form(context, user, shown, [new("entra-reason", t["ใส่เหตุผลและติ๊กยืนยันก่อนดึงรายชื่อ — type a reason and tick the confirmation."])], null, current is null, StatusCodes.Status400BadRequest);
        }

        if (groups.Count == 0)
        {
            return Form(context, user, shown, [new("group-0", t.Pick(
                "ยังไม่มีฝ่ายใดระบุรหัสกลุ่ม Entra ให้ใส่รหัสกลุ่มในคอลัมน์ “รหัสกลุ่ม Entra” แล้วบันทึกก่อน",
                "No division names an Entra group yet: type the group ids in the “Entra group id” column and save first."))], null, current is null, StatusCodes.Status400BadRequest);
        }

        try
        {
            await context.RequestServices.GetRequiredService<GraphDirectorySync>().SyncAsync(district, groups, context.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSyncFailed(logger, district, e.Message);
            return Form(context, user, shown, [new("entra-submit", t.Pick(
                "ดึงรายชื่อจาก Entra ไม่สำเร็จ ตรวจรหัสกลุ่มและสิทธิ์ของแอป (GroupMember.Read.All) หรือแจ้งผู้ดูแลส่วนกลาง",
                "The Entra refresh failed: check the group ids and the app's permission (GroupMember.Read.All), or tell the central admin."))], null, false, StatusCodes.Status502BadGateway);
        }

        LogSaved(logger, district, user.Actor, "Entra: " + form["reason"]);
        return TypedResults.Redirect("/manage/directory?synced=1&district=" + Uri.EscapeDataString(district));
    }

    /// <summary>Open measures of the district whose divisions the new directory would not reach, one error per division.</summary>
    private static async Task<IReadOnlyList<DirectoryFormError>> UnreachableOpenMeasuresAsync(
        WorkflowClient client, DistrictDirectory directory, AdminText t, CancellationToken cancellationToken)
    {
        var byDivision = new Dictionary<string, List<string>>();
        string? token = null;
        do
        {
            var page = await client.ListAsync(
                new InstanceQuery(directory.District, Definition: MeasureWorkflow.DefinitionName, PageSize: 1000, ContinuationToken: token), cancellationToken);
            foreach (var item in page.Items.Where(i => !i.Status.IsFinished()))
            {
                foreach (var division in DirectoryCoverage.Unreachable(directory, item.Divisions))
                {
                    byDivision.TryAdd(division, []);
                    byDivision[division].Add(item.Title.Length > 0 ? item.Title : item.InstanceId);
                }
            }

            token = page.ContinuationToken;
        }
        while (token is not null);

        return [.. byDivision.Select(d => new DirectoryFormError(
            "directory-divisions",
            t.Pick(
                $"ฝ่าย “{d.Key}” ยังรับผิดชอบมาตรการที่ดำเนินอยู่ ({Sample(d.Value)}) แต่จะไม่มีในทะเบียนหรือไม่มีอีเมล ให้ใส่ฝ่ายนี้กลับ ใส่ชื่อนี้เป็นชื่ออื่นของฝ่ายที่รับงานแทน หรือเปลี่ยนฝ่ายในมาตรการก่อน",
                $"Division “{d.Key}” still has open measures ({Sample(d.Value)}) but would not be reachable; keep it, add the name as another name of the division taking over, or reassign the measures first.")))];
    }

    private static string Sample(List<string> measures) => string.Join(", ", measures.Take(5)) + (measures.Count > 5 ? " …" : "");

    private static async Task<IResult> DistrictsAsync(HttpContext context, IDirectoryStore store, AdminUser user)
    {
        var t = AdminText.For(context);
        var h = new HtmlBuilder(t);
        h.Open("form", ("method", "get"), ("action", "/manage/directory"), ("class", "filters"))
            .Field("directory-district", t["เขต (District)"], null, hint: t["พิมพ์ชื่อเขตเพื่อเปิดหรือสร้างทะเบียน (type a district to open or create its directory)"])
            .El("button", t["แสดง (Show)"], ("type", "submit"))
            .Close("form")
            .Open("ul", ("id", "directory-districts"));
        foreach (var known in (await store.ListAsync(context.RequestAborted)).OrderBy(d => d.District, StringComparer.Ordinal))
        {
            h.Open("li").El("a", known.District, ("href", "/manage/directory?district=" + Uri.EscapeDataString(known.District)))
                .Text($" · {t[$"{known.Divisions.Count} ฝ่าย ({known.Divisions.Count} divisions)"]}").Close("li");
        }

        return AdminLayout.Page(context, t["ทะเบียนหน่วยงาน (Directory)"], user, h.Close("ul"));
    }

    private static IResult Form(
        HttpContext context, AdminUser user, DirectoryFormValues values, IReadOnlyList<DirectoryFormError> errors, string? notice, bool isNew,
        int status = StatusCodes.Status200OK)
    {
        var t = AdminText.For(context);
        var h = new HtmlBuilder(t);
        var title = t.Pick($"ทะเบียนหน่วยงาน เขต{values.District}", $"Directory of {values.District}");
        if (notice is not null)
        {
            h.El("p", notice, ("class", "ok"), ("role", "status"), ("id", "directory-notice"));
        }

        if (errors.Count > 0)
        {
            h.Open("div", ("class", "error-summary"), ("role", "alert"), ("id", "directory-errors"))
                .El("p", t[$"ยังบันทึกไม่ได้ แก้ {errors.Count} จุดต่อไปนี้ แล้วกดบันทึกอีกครั้ง (ข้อมูลที่พิมพ์ไว้ยังอยู่) — not saved: fix these {errors.Count} points and save again (what you typed is kept)."])
                .Open("ul");
            foreach (var error in errors)
            {
                h.Open("li").El("a", error.Message, ("href", "#" + error.Field)).Close("li");
            }

            h.Close("ul").Close("div");
        }

        if (isNew)
        {
            h.El("p", t["เขตนี้ยังไม่มีทะเบียน อีเมลของเขตนี้จะส่งไม่ถึงใครจนกว่าจะบันทึก — this district has no directory yet; its emails reach no one until it is saved."], ("class", "error"), ("id", "directory-missing"));
        }

        if (!user.CanAct)
        {
            ReadOnly(h, values);
            return AdminLayout.Page(context, title, user, h, status);
        }

        var byField = errors.ToLookup(e => e.Field, e => e.Message);
        var rows = values.Rows.Count == 0 || errors.Count == 0 && values.Rows.All(r => !r.IsBlank)
            ? [.. values.Rows, .. Enumerable.Repeat(DirectoryFormRow.Blank, BlankRows)]
            : values.Rows;
        h.OpenForm(context, "/manage/directory", "directory")
            .Void("input", ("type", "hidden"), ("name", "district"), ("value", values.District))
            .Void("input", ("type", "hidden"), ("name", "rows"), ("value", rows.Count.ToString(CultureInfo.InvariantCulture)))
            .El("h2", t["ฝ่ายในสำนักงานเขต (Divisions)"], ("id", "directory-divisions"))
            .El("p", t["หนึ่งแถวต่อหนึ่งฝ่าย ชื่อฝ่ายต้องตรงกับที่ใช้ในแผน ใส่หลายอีเมลได้โดยคั่นด้วยจุลภาค (,) แถวที่ว่างจะไม่ถูกบันทึก — one row per division; its name as plans write it; separate several emails with commas; empty rows are ignored."], ("class", "hint"))
            .Open("table", ("class", "cards"), ("id", "directory-table"))
            .Open("thead").Open("tr");
        foreach (var column in Columns)
        {
            h.El("th", t[column], ("scope", "col"));
        }

        h.Close("tr").Close("thead").Open("tbody");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var index = i.ToString(CultureInfo.InvariantCulture);
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            h.Open("tr").El("td", number, ("data-label", t["แถว (Row)"]), ("class", "row-number"));
            Cell(h, t[Columns[1]], "name-" + index, row.Name, byField, t[$"ชื่อฝ่าย แถว {number} (Division name, row {number})"]);
            Cell(h, t[Columns[2]], "aliases-" + index, row.Aliases, byField, t[$"ชื่ออื่น แถว {number} (Other names, row {number})"]);
            Cell(h, t[Columns[3]], "emails-" + index, row.Emails, byField, t[$"อีเมลฝ่าย แถว {number} (Division emails, row {number})"], "email");
            Cell(h, t[Columns[4]], "head-" + index, row.HeadEmail, byField, t[$"อีเมลหัวหน้าฝ่าย แถว {number} (Head's email, row {number})"], "email");
            Cell(h, t[Columns[5]], "group-" + index, row.GroupId, byField, t[$"รหัสกลุ่ม Entra แถว {number} (Entra group id, row {number})"]);
            h.Open("td", ("data-label", t[Columns[6]]), ("class", "remove"))
                .Void("input", ("type", "checkbox"), ("id", "remove-" + index), ("name", "remove-" + index), ("value", "yes"), ("checked", row.Remove ? "checked" : null),
                    ("aria-label", t[$"ลบแถว {number} (Remove row {number})"]))
                .Close("td").Close("tr");
        }

        h.Close("tbody").Close("table")
            .El("button", t["เพิ่มแถว (Add rows)"], ("type", "submit"), ("name", "do"), ("value", "more"), ("formnovalidate", "formnovalidate"), ("class", "secondary"), ("id", "add-rows"))
            .El("h2", t["ผู้อำนวยการเขต (Director)"]).Open("div", ("class", "fields"));
        Input(h, "director-name", t["ชื่อ-สกุล พร้อมคำนำหน้า (Full name with title)"], values.DirectorName, byField);
        Input(h, "director-emails", t["อีเมลผู้อำนวยการเขต (คั่นด้วย ,) (Director's emails)"], values.DirectorEmails, byField, "email");
        h.Close("div").El("h3", t["ผู้รักษาราชการแทน (Acting director)"])
            .El("p", t["ในช่วงวันที่นี้ เรื่องที่ต้องให้ผู้อำนวยการพิจารณาจะส่งถึงผู้รักษาราชการแทน ว่างไว้ถ้าไม่มี — within these days the director's mail goes to the acting director; leave empty if none."], ("class", "hint"))
            .Open("div", ("class", "fields"));
        Input(h, "acting-name", t["ชื่อ-สกุล (Full name)"], values.ActingName, byField);
        Input(h, "acting-email", t["อีเมล (Email)"], values.ActingEmail, byField, "email");
        Input(h, "acting-from", t["ตั้งแต่วันที่ (From)"], values.ActingFrom, byField, "date", DayHint(values.ActingFrom));
        Input(h, "acting-to", t["ถึงวันที่ (To)"], values.ActingTo, byField, "date", DayHint(values.ActingTo));
        h.Close("div").El("h2", t["ผู้ประสานงาน ITA (ITA coordinator)"]).Open("div", ("class", "fields"));
        Input(h, "coordinator-name", t["ชื่อ-สกุล (Full name)"], values.CoordinatorName, byField);
        Input(h, "coordinator-position", t["ตำแหน่ง (Position)"], values.CoordinatorPosition, byField);
        Input(h, "coordinator-emails", t["อีเมล (คั่นด้วย ,) (Emails)"], values.CoordinatorEmails, byField, "email");
        Input(h, "contact-phone", t["โทรศัพท์ติดต่อสำนักงาน (Office phone)"], values.ContactPhone, byField, "tel");
        h.Close("div").El("h2", t["บันทึก (Save)"]);
        foreach (var message in byField["directory-reason"])
        {
            h.El("p", message, ("class", "error"));
        }

        h.ReasonAndConfirm("directory", t["บันทึกทะเบียน (Save the directory)"]).Close("form");
        Imports(h, context, values.District, byField);
        return AdminLayout.Page(context, title, user, h, status);
    }

    private static void Imports(HtmlBuilder h, HttpContext context, string district, ILookup<string, string> byField)
    {
        var t = h.Words;
        h.El("h2", t["นำเข้าจาก Excel (Import from Excel)"], ("id", "directory-excel"))
            .Open("p", ("class", "hint"))
            .Text(t[$"ใช้ไฟล์ .xlsx แถวแรกเป็นหัวตาราง: {string.Join(" | ", DirectoryWorkbook.Headers)} บทบาทเป็น “{DirectoryWorkbook.DivisionRole}”, “{DirectoryWorkbook.DirectorRole}” หรือ “{DirectoryWorkbook.CoordinatorRole}” ข้อมูลจะแสดงในตารางด้านบนให้ตรวจก่อนบันทึก — an .xlsx whose first row is the header above; rows fill the table for checking before you save."])
            .Text(" ")
            .El("a", t["ดาวน์โหลดแบบฟอร์ม Excel (พร้อมข้อมูลปัจจุบัน) (Download the Excel form)"], ("href", "/manage/directory/workbook?district=" + Uri.EscapeDataString(district)), ("id", "directory-template"))
            .Close("p")
            .OpenForm(context, "/manage/directory/import", "action", multipart: true)
            .Void("input", ("type", "hidden"), ("name", "district"), ("value", district));
        Input(h, "directory-file", t["ไฟล์ Excel (.xlsx) (Excel file)"], null, byField, "file");
        h.El("button", t["อ่านไฟล์ (Read the file)"], ("type", "submit"), ("id", "directory-import"))
            .Close("form")
            .El("h2", t["ดึงรายชื่อจากกลุ่ม Entra ID (Refresh from Entra groups)"], ("id", "directory-entra"))
            .El("p", t["ฝ่ายที่ใส่รหัสกลุ่ม Entra จะได้อีเมลจากสมาชิกของกลุ่ม และหัวหน้าฝ่ายจากเจ้าของกลุ่ม ชื่ออื่น ผู้อำนวยการ และผู้ประสานงานคงเดิม — divisions with an Entra group get their members' emails and the owner as head; the rest is kept."], ("class", "hint"))
            .OpenForm(context, "/manage/directory/entra", "action")
            .Void("input", ("type", "hidden"), ("name", "district"), ("value", district));
        foreach (var message in byField["entra-reason"].Concat(byField["entra-submit"]))
        {
            h.El("p", message, ("class", "error"));
        }

        h.ReasonAndConfirm("entra", t["ดึงรายชื่อจาก Entra (Refresh from Entra)"]).Close("form");
    }

    private static void ReadOnly(HtmlBuilder h, DirectoryFormValues values)
    {
        var t = h.Words;
        h.Open("table", ("class", "cards"), ("id", "directory-table")).Open("thead").Open("tr");
        foreach (var column in Columns.Take(6))
        {
            h.El("th", t[column], ("scope", "col"));
        }

        h.Close("tr").Close("thead").Open("tbody");
        foreach (var (row, i) in values.Rows.Select((r, i) => (r, i + 1)))
        {
            h.Open("tr").El("td", i.ToString(CultureInfo.InvariantCulture), ("data-label", t["แถว (Row)"]));
            foreach (var (column, text) in Columns.Skip(1).Zip(new[] { row.Name, row.Aliases, row.Emails, row.HeadEmail, row.GroupId }))
            {
                h.El("td", text, ("data-label", t[column]));
            }

            h.Close("tr");
        }

        h.Close("tbody").Close("table").Open("dl", ("class", "summary"))
            .El("dt", t["ผู้อำนวยการเขต (Director)"]).El("dd", $"{values.DirectorName} {values.DirectorEmails}")
            .El("dt", t["ผู้รักษาราชการแทน (Acting director)"]).El("dd", values.ActingName.Length == 0 ? "—" : $"{values.ActingName} {values.ActingEmail} {DayHint(values.ActingFrom)} – {DayHint(values.ActingTo)}")
            .El("dt", t["ผู้ประสานงาน ITA (ITA coordinator)"]).El("dd", $"{values.CoordinatorName} {values.CoordinatorPosition} {values.CoordinatorEmails} {values.ContactPhone}")
            .Close("dl");
    }

    private static readonly string[] Columns =
    [
        "แถว (Row)", "ชื่อฝ่าย (Division)", "ชื่ออื่น (คั่นด้วย ,) (Other names)", "อีเมลฝ่าย (คั่นด้วย ,) (Division emails)",
        "อีเมลหัวหน้าฝ่าย (Head's email)", "รหัสกลุ่ม Entra (Entra group id)", "ลบ (Remove)",
    ];

    private static void Cell(HtmlBuilder h, string label, string id, string value, ILookup<string, string> errors, string ariaLabel, string? inputMode = null)
    {
        var invalid = errors.Contains(id);
        h.Open("td", ("data-label", label))
            .Void("input", ("id", id), ("name", id), ("type", "text"), ("value", value), ("inputmode", inputMode), ("aria-label", ariaLabel),
                ("aria-invalid", invalid ? "true" : null), ("aria-describedby", invalid ? id + "-error" : null), ("class", invalid ? "invalid" : null));
        if (invalid)
        {
            h.El("small", string.Join(" ", errors[id]), ("id", id + "-error"), ("class", "field-error"));
        }

        h.Close("td");
    }

    private static void Input(HtmlBuilder h, string id, string label, string? value, ILookup<string, string> errors, string type = "text", string? hint = null)
    {
        var invalid = errors.Contains(id);
        var (inputType, mode) = type == "email" ? ("text", "email") : (type, null);
        h.Open("div", ("class", "field"))
            .El("label", label, ("for", id))
            .Void("input", ("id", id), ("name", id), ("type", inputType), ("value", type == "file" ? null : value), ("inputmode", mode),
                ("accept", type == "file" ? ".xlsx" : null), ("aria-invalid", invalid ? "true" : null),
                ("aria-describedby", invalid ? id + "-error" : hint is null ? null : id + "-hint"), ("class", invalid ? "invalid" : null));
        if (hint is not null)
        {
            h.El("small", hint, ("id", id + "-hint"), ("class", "hint"));
        }

        if (invalid)
        {
            h.El("small", string.Join(" ", errors[id]), ("id", id + "-error"), ("class", "field-error"));
        }

        h.Close("div");
    }

    private static string? DayHint(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? AdminLayout.Thai(day) : null;

    private static DirectoryFormValues Empty(string district) => DirectoryForm.FromDirectory(new DistrictDirectory(district, [], [], []));

    [LoggerMessage(Level = LogLevel.Information, Message = "Directory of {District} saved by {Actor}: {Reason}")]
    private static partial void LogSaved(ILogger logger, string district, string actor, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Entra sync of {District} failed: {Error}")]
    private static partial void LogSyncFailed(ILogger logger, string district, string error);

    /// <summary>The posted form, its district (null when this admin may not see it), that district's directory and the form it shows.</summary>
    private static async Task<(IFormCollection Form, string District, DistrictDirectory? Current, DirectoryFormValues Shown)?> PostedAsync(
        HttpContext context, IDirectoryStore store, AdminUser user)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var district = user.ScopeDistrict(form["district"]);
        if (district is null || !user.CanSee(district))
        {
            return null;
        }

        var current = await store.GetAsync(district, context.RequestAborted);
        return (form, district, current, current is null ? Empty(district) : DirectoryForm.FromDirectory(current));
    }
}
