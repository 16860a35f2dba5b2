using System.Text.Json;
using ItaWorkflow.Directories;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Admin;

/// <summary>
/// View and edit a district's directory (divisions with aliases, emails and heads; director; coordinators) as JSON,
/// the same shape <see cref="DirectoryFile"/> loads. District admins edit only their own district.
/// </summary>
public static partial class DirectoryPage
{
    private static readonly JsonSerializerOptions Pretty = new(EngineJson.Options) { WriteIndented = true };

    public static async Task<IResult> RenderAsync(HttpContext context, IDirectoryStore store, string? district, string? error = null, string? typed = null)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        var scoped = user.ScopeDistrict(district);
        var h = new HtmlBuilder(t);
        h.Open("form", ("method", "get"), ("action", "/manage/directory"), ("class", "filters"))
            .Field("directory-district", t["เขต (District)"], scoped)
            .El("button", t["แสดง (Show)"], ("type", "submit"))
            .Close("form");
        if (error is not null)
        {
            h.El("p", error, ("class", "error"), ("role", "alert"));
        }

        if (scoped is null)
        {
            var districts = await store.ListAsync(context.RequestAborted);
            h.Open("ul");
            foreach (var known in districts)
            {
                h.Open("li").Open("a", ("href", "/manage/directory?district=" + Uri.EscapeDataString(known.District))).Text(known.District).Close("a").Close("li");
            }

            return AdminLayout.Page(context, t["ทะเบียนหน่วยงาน (Directory)"], user, h.Close("ul"));
        }

        var current = await store.GetAsync(scoped, context.RequestAborted) ?? new DistrictDirectory(scoped, [], [], []);
        var json = typed ?? JsonSerializer.Serialize(current, Pretty);
        if (!user.CanAct)
        {
            return AdminLayout.Page(context, t["ทะเบียนหน่วยงาน (Directory)"], user, h.Open("pre").Text(json).Close("pre"));
        }

        h.OpenForm(context, "/manage/directory", "action")
            .Void("input", ("type", "hidden"), ("name", "district"), ("value", scoped))
            .Open("div", ("class", "field"))
            .El("label", t["ฝ่าย ผู้อำนวยการเขต และผู้ประสานงาน ITA (JSON) — divisions, director and coordinators"], ("for", "directory-json"))
            .El("textarea", json, ("id", "directory-json"), ("name", "json"), ("rows", "24"), ("cols", "100"), ("required", "required"))
            .Close("div")
            .ReasonAndConfirm("directory", t["บันทึก (Save)"])
            .Close("form");
        return AdminLayout.Page(context, t["ทะเบียนหน่วยงาน (Directory)"], user, h);
    }

    public static async Task<IResult> SaveAsync(HttpContext context, IDirectoryStore store, ILogger<DirectoryEditLog> logger)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var district = user.ScopeDistrict(form["district"]);
        var json = form["json"].ToString();
        if (district is null || !user.CanSee(district))
        {
            return Results.NotFound();
        }

        if (string.IsNullOrWhiteSpace(form["reason"]) || form["confirm"] != "yes")
        {
            return await RenderAsync(context, store, district, t["ต้องระบุเหตุผลและติ๊กยืนยัน — a reason and the confirmation are required."], json);
        }

        DistrictDirectory? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<DistrictDirectory>(json, EngineJson.Options);
        }
        catch (JsonException e)
        {
            return await RenderAsync(context, store, district, t[$"JSON ไม่ถูกต้อง: {e.Message} — invalid JSON."], json);
        }

        var problem = parsed is null ? t["ว่างเปล่า (empty)"]
            : parsed.District != district ? t[$"เขตในข้อมูล ({parsed.District}) ต้องเป็น {district} — the district must be {district}"]
            : parsed.Divisions.Any(d => string.IsNullOrWhiteSpace(d.Name)) ? t["ทุกฝ่ายต้องมีชื่อ — every division needs a name"]
            : parsed.Divisions.SelectMany(d => d.Emails.Append(d.HeadEmail ?? "x@x")).Concat(parsed.DirectorEmails).Concat(parsed.CoordinatorEmails)
                .FirstOrDefault(e => !System.Net.Mail.MailAddress.TryCreate(e, out _)) is { } bad ? t[$"อีเมลไม่ถูกต้อง: {bad} — invalid email"]
            : null;
        if (problem is not null)
        {
            return await RenderAsync(context, store, district, problem, json);
        }

        await store.SaveAsync(parsed!, context.RequestAborted);
        LogSaved(logger, district, user.Actor, form["reason"].ToString());
        return TypedResults.Redirect("/manage/directory?district=" + Uri.EscapeDataString(district));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Directory of {District} saved by {Actor}: {Reason}")]
    private static partial void LogSaved(ILogger logger, string district, string actor, string reason);
}
