using System.Globalization;
using ItaWorkflow.Directories;
using ItaWorkflow.Workflow;
using ItaWorkflow.Domain;
using ItaWorkflow.Import;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Admin;

/// <summary>
/// Upload a plan document (imported by <see cref="PlanImporter"/>), review the draft and its findings, edit each
/// row's divisions and follow-up cadence, and activate it as the district's plan workflow.
/// </summary>
public static class PlanPage
{
    public static IResult Render(HttpContext context, string? error = null)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        var h = new HtmlBuilder(t);
        if (error is not null)
        {
            h.El("p", error, ("class", "error"), ("role", "alert"));
        }

        if (!user.CanAct)
        {
            return AdminLayout.Page(context, t["แผน (Plans)"], user, h.El("p", t["บัญชีอ่านอย่างเดียวนำเข้าแผนไม่ได้ — read-only accounts cannot import plans."]));
        }

        h.OpenForm(context, "/manage/plans/review", "action", multipart: true);
        if (user.District is null)
        {
            h.Field("plan-district", t["เขต (District)"], null, "text", true);
        }

        h.Field("plan-fy", t["ปีงบประมาณ พ.ศ. (Fiscal year, BE)"], null, "number", true)
            .Field("plan-file", t["ไฟล์แผน (.docx, .xlsx, .csv, .txt) (Plan document)"], null, "file", true)
            .El("button", t["นำเข้าและตรวจทาน (Import and review)"], ("type", "submit"), ("id", "review-plan"))
            .Close("form");
        return AdminLayout.Page(context, t["นำเข้าแผน (Import a plan)"], user, h);
    }

    public static async Task<IResult> ReviewAsync(HttpContext context, IPlanStore plans, IDirectoryStore directories)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var district = user.District ?? form["plan-district"].ToString().Trim();
        if (form.Files.GetFile("plan-file") is not { Length: > 0 } file || district.Length == 0
            || !int.TryParse(form["plan-fy"], CultureInfo.InvariantCulture, out var fiscalYear) || fiscalYear is < 2500 or > 2700)
        {
            return Render(context, t["ต้องระบุเขต ปีงบประมาณ (พ.ศ.) และเลือกไฟล์ — district, BE fiscal year and a file are required."]);
        }

        ImportResult result;
        await using (var stream = file.OpenReadStream())
        {
            result = await PlanImporter.ImportAsync(stream, file.FileName, district, fiscalYear, cancellationToken: context.RequestAborted);
        }

        if (!result.Succeeded)
        {
            return Render(context, t[$"นำเข้าไม่ได้: {result.Error?.Message} — {result.Error?.MessageEn}"]);
        }

        var plan = result.Draft!;
        await plans.SavePendingAsync(plan, context.RequestAborted);
        var directory = await directories.GetAsync(plan.District, context.RequestAborted);
        return Review(context, plan, result.Findings, directory, null);
    }

    public static async Task<IResult> ActivateAsync(HttpContext context, WorkflowClient client, IPlanStore plans, IDirectoryStore directories)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var district = form["district"].ToString();
        if (form["reason"].ToString().Trim().Length == 0 || form["confirm"] != "yes")
        {
            return Render(context, t["ต้องระบุเหตุผลและติ๊กยืนยัน — a reason and the confirmation are required."]);
        }

        if (!user.CanSee(district) || !int.TryParse(form["fy"], CultureInfo.InvariantCulture, out var fiscalYear)
            || await plans.GetPendingAsync(district, fiscalYear, context.RequestAborted) is not { } pending)
        {
            return Render(context, t["ไม่พบแผนที่นำเข้ารอยืนยัน — there is no pending import for this district and year."]);
        }

        var plan = WithEdits(pending, form);
        var problems = plan.Measures.Where(m => m.Divisions.Count == 0).Select(m => m.Id).ToList();
        if (problems.Count > 0 || plan.Measures.Count is 0 or > PlanWorkflow.MaxMeasures)
        {
            return Render(context, t[$"ทุกมาตรการต้องมีฝ่ายที่รับผิดชอบ (every measure needs a division): {string.Join(", ", problems)}"]);
        }

        var directory = await directories.GetAsync(plan.District, context.RequestAborted);
        if (Unreachable(plan, directory) is { Count: > 0 } unreachable)
        {
            var list = string.Join(", ", unreachable.Select(u => $"{u.Key} ({string.Join(", ", u.Value)})"));
            return Review(context, plan, [], directory, t.Pick(
                $"ยังเริ่มใช้แผนไม่ได้ เพราะฝ่ายต่อไปนี้ไม่มีในทะเบียนหน่วยงานของเขต{plan.District} หรือยังไม่มีอีเมล อีเมลแจ้งงานจะส่งไม่ถึง: {list} แก้ชื่อฝ่ายในแถวที่มีกรอบแดงให้ตรงกับทะเบียน หรือเพิ่มฝ่ายในหน้าทะเบียนหน่วยงาน แล้วกดเริ่มใช้แผนอีกครั้ง",
                $"The plan was not activated: these divisions are not in the directory of {plan.District} or have no email, so their emails would reach no one: {list}. Fix the names in the rows marked red, or add the divisions to the directory, then activate again."), StatusCodes.Status400BadRequest);
        }

        if (directory is null || directory.DirectorEmails.Count == 0)
        {
            return Review(context, plan, [], directory, t.Pick(
                $"ยังเริ่มใช้แผนไม่ได้ เพราะทะเบียนหน่วยงานของเขต{plan.District} ไม่มีอีเมลผู้อำนวยการเขต เรื่องที่ต้องพิจารณาจะส่งไม่ถึง ใส่อีเมลผู้อำนวยการในหน้าทะเบียนหน่วยงาน แล้วกดเริ่มใช้แผนอีกครั้ง",
                $"The plan was not activated: the directory of {plan.District} has no director's email, so reviews would reach no one. Add it in the directory, then activate again."), StatusCodes.Status400BadRequest);
        }

        await plans.SaveDraftAsync(plan, context.RequestAborted);
        var instanceId = PlanWorkflow.InstanceIdFor(plan.District, plan.FiscalYear);
        var outcome = await client.StartAsync(
            PlanWorkflow.DefinitionName, instanceId, new PlanInput(plan, WorkflowCalendar.Default, ReportSchedule.Default), user.Actor, context.RequestAborted);
        return outcome == StartOutcome.AlreadyExists
            ? Render(context, t[$"แผน {instanceId} เริ่มใช้แล้ว — this plan is already active."])
            : TypedResults.Redirect("/manage/instances/" + Uri.EscapeDataString(instanceId));
    }

    /// <summary>Each responsible division the directory cannot reach, with the measures that name it, in plan order.</summary>
    public static IReadOnlyDictionary<string, List<string>> Unreachable(Plan plan, DistrictDirectory? directory)
    {
        var result = new Dictionary<string, List<string>>();
        foreach (var measure in plan.Measures)
        {
            foreach (var division in DirectoryCoverage.Unreachable(directory, measure.Divisions))
            {
                result.TryAdd(division, []);
                result[division].Add(measure.Id);
            }
        }

        return result;
    }

    /// <summary>The review table of a pending plan: findings, every row's divisions (checked against the directory) and cadence.</summary>
    private static IResult Review(
        HttpContext context, Plan plan, IReadOnlyList<ImportFinding> findings, DistrictDirectory? directory, string? error, int status = StatusCodes.Status200OK)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        var h = new HtmlBuilder(t);
        var unreachable = Unreachable(plan, directory);
        if (error is not null)
        {
            h.Open("div", ("class", "error-summary"), ("role", "alert"), ("id", "activate-error")).El("p", error)
                .El("a", t["เปิดทะเบียนหน่วยงาน (Open the directory)"], ("href", "/manage/directory?district=" + Uri.EscapeDataString(plan.District)))
                .Close("div");
        }
        else if (unreachable.Count > 0)
        {
            h.El("p", t.Pick($"ฝ่ายที่ยังไม่มีในทะเบียนหน่วยงานหรือไม่มีอีเมล ต้องแก้ก่อนเริ่มใช้แผน: {string.Join(", ", unreachable.Keys)}", $"Divisions the directory cannot reach, to fix before activating: {string.Join(", ", unreachable.Keys)}"), ("class", "error"), ("id", "unreachable-divisions"));
        }

        h.El("p", t[$"เขต{plan.District} ปีงบประมาณ {plan.FiscalYear.ToString(CultureInfo.InvariantCulture)} · {plan.Measures.Count} มาตรการ"], ("id", "plan-summary"));
        h.El("h2", t[$"ข้อสังเกต {findings.Count} รายการ (Findings)"]).Open("ul", ("id", "findings"));
        foreach (var finding in findings)
        {
            h.El("li", $"[{finding.Severity}] {finding.Location} {finding.MeasureId}: {finding.Message} — {finding.MessageEn}");
        }

        h.Close("ul")
            .OpenForm(context, "/manage/plans/activate", "action")
            .Void("input", ("type", "hidden"), ("name", "district"), ("value", plan.District))
            .Void("input", ("type", "hidden"), ("name", "fy"), ("value", plan.FiscalYear.ToString(CultureInfo.InvariantCulture)))
            .Open("datalist", ("id", "directory-division-names"));
        foreach (var division in directory?.Divisions ?? [])
        {
            h.Void("option", ("value", division.Name));
        }

        h.Close("datalist").Open("table", ("id", "plan-measures")).Open("thead").Open("tr");
        foreach (var column in new[] { t["รหัส (Id)"], t["ตัวชี้วัด (Indicator)"], t["ข้อ (Questions)"], t["มาตรการ (Activity)"], t["กำหนด (Deadline)"], t["ฝ่าย คั่นด้วย , (Divisions)"], t["ติดตามทุกกี่เดือน (Cadence, months)"] })
        {
            h.El("th", column, ("scope", "col"));
        }

        h.Close("tr").Close("thead").Open("tbody");
        for (var i = 0; i < plan.Measures.Count; i++)
        {
            var m = plan.Measures[i];
            var index = i.ToString(CultureInfo.InvariantCulture);
            var missing = DirectoryCoverage.Unreachable(directory, m.Divisions);
            h.Open("tr").El("td", m.Id).El("td", IndicatorNames.Of(m.Indicator)).El("td", string.Join(", ", m.QuestionCodes))
                .El("td", m.Title).El("td", m.Deadline.Text)
                .Open("td").Void("input", ("name", "div-" + index), ("id", "div-" + index), ("aria-label", t[$"ฝ่ายของ {m.Id}"]), ("value", string.Join(", ", m.Divisions)),
                    ("list", "directory-division-names"), ("class", missing.Count > 0 ? "invalid" : null), ("aria-invalid", missing.Count > 0 ? "true" : null));
            if (missing.Count > 0)
            {
                h.El("small", t.Pick($"ไม่มีในทะเบียน: {string.Join(", ", missing)}", $"Not in the directory: {string.Join(", ", missing)}"), ("class", "field-error"));
            }

            h.Close("td")
                .Open("td").Void("input", ("name", "cadence-" + index), ("type", "number"), ("min", "1"), ("max", "12"), ("aria-label", t[$"รอบติดตามของ {m.Id}"]),
                    ("value", m.Cadence.Months.ToString(CultureInfo.InvariantCulture))).Close("td")
                .Close("tr");
        }

        h.Close("tbody").Close("table")
            .ReasonAndConfirm("activate", t["บันทึกและเริ่มใช้แผน (Save and activate)"])
            .Close("form");
        return AdminLayout.Page(context, t["ตรวจทานแผน (Review the plan)"], user, h, status);
    }

    /// <summary>Applies the reviewed divisions and cadences (form fields <c>div-i</c>, <c>cadence-i</c>) to the draft.</summary>
    public static Plan WithEdits(Plan plan, IFormCollection form) => plan with
    {
        Measures = [.. plan.Measures.Select((m, i) =>
        {
            var index = i.ToString(CultureInfo.InvariantCulture);
            var divisions = form.TryGetValue("div-" + index, out var d)
                ? d.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [.. m.Divisions];
            var cadence = int.TryParse(form["cadence-" + index], CultureInfo.InvariantCulture, out var months) && months is >= 1 and <= 12
                ? new FollowUpCadence(months)
                : m.Cadence;
            return m with { Divisions = divisions, Cadence = cadence };
        })],
    };
}
