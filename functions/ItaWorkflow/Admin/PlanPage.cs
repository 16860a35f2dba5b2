using System.Globalization;
using System.Text.Json;
using ItaWorkflow.Domain;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Admin;

/// <summary>Upload a plan (JSON of <see cref="Plan"/>), review its measures and findings, and activate it as a plan workflow.</summary>
public static class PlanPage
{
    private const long MaxUpload = 5 * 1024 * 1024;

    public static IResult Render(HttpContext context, string? error = null)
    {
        var user = AdminUser.From(context.User);
        var h = new HtmlBuilder();
        if (error is not null)
        {
            h.El("p", error, ("class", "error"), ("role", "alert"));
        }

        if (!user.CanAct)
        {
            return AdminLayout.Page("แผน (Plans)", user, h.El("p", "บัญชีอ่านอย่างเดียวนำเข้าแผนไม่ได้ — read-only accounts cannot import plans."));
        }

        h.OpenForm(context, "/admin/plans/review", "action", multipart: true)
            .Field("plan-file", "ไฟล์แผน (JSON) (Plan file)", null, "file", true)
            .El("button", "ตรวจทาน (Review)", ("type", "submit"), ("id", "review-plan"))
            .Close("form");
        return AdminLayout.Page("นำเข้าแผน (Import a plan)", user, h);
    }

    public static async Task<IResult> ReviewAsync(HttpContext context)
    {
        var user = AdminUser.From(context.User);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form.Files.GetFile("plan-file") is not { Length: > 0 and <= MaxUpload } file)
        {
            return Render(context, "ต้องเลือกไฟล์แผนขนาดไม่เกิน 5 MB — choose a plan file up to 5 MB.");
        }

        string json;
        using (var reader = new StreamReader(file.OpenReadStream()))
        {
            json = await reader.ReadToEndAsync(context.RequestAborted);
        }

        var (plan, findings) = Read(json, user);
        if (plan is null)
        {
            return Render(context, string.Join(" ", findings));
        }

        var h = new HtmlBuilder();
        h.El("p", $"เขต{plan.District} ปีงบประมาณ {plan.FiscalYear.ToString(CultureInfo.InvariantCulture)} · {plan.Measures.Count} มาตรการ", ("id", "plan-summary"));
        h.El("h2", "ข้อสังเกต (Findings)").Open("ul", ("id", "findings"));
        foreach (var finding in findings)
        {
            h.El("li", finding);
        }

        h.Close("ul").Open("table", ("id", "plan-measures")).Open("thead").Open("tr");
        foreach (var column in new[] { "รหัส (Id)", "ตัวชี้วัด (Indicator)", "ข้อ (Questions)", "มาตรการ (Activity)", "กำหนด (Deadline)", "ฝ่าย (Divisions)", "ติดตาม (Cadence)" })
        {
            h.El("th", column, ("scope", "col"));
        }

        h.Close("tr").Close("thead").Open("tbody");
        foreach (var m in plan.Measures)
        {
            h.Open("tr").El("td", m.Id).El("td", IndicatorNames.Of(m.Indicator)).El("td", string.Join(", ", m.QuestionCodes))
                .El("td", m.Title).El("td", m.Deadline.Text).El("td", string.Join(", ", m.Divisions))
                .El("td", $"ทุก {m.Cadence.Months.ToString(CultureInfo.InvariantCulture)} เดือน").Close("tr");
        }

        h.Close("tbody").Close("table")
            .OpenForm(context, "/admin/plans/activate", "action")
            .Void("input", ("type", "hidden"), ("name", "plan"), ("value", json))
            .ReasonAndConfirm("activate", "เริ่มใช้แผน (Activate)")
            .Close("form");
        return AdminLayout.Page("ตรวจทานแผน (Review the plan)", user, h);
    }

    public static async Task<IResult> ActivateAsync(HttpContext context, WorkflowClient client)
    {
        var user = AdminUser.From(context.User);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["reason"].ToString().Trim().Length == 0 || form["confirm"] != "yes")
        {
            return Render(context, "ต้องระบุเหตุผลและติ๊กยืนยัน — a reason and the confirmation are required.");
        }

        var (plan, findings) = Read(form["plan"].ToString(), user);
        if (plan is null)
        {
            return Render(context, string.Join(" ", findings));
        }

        var instanceId = PlanWorkflow.InstanceIdFor(plan.District, plan.FiscalYear);
        var outcome = await client.StartAsync(
            PlanWorkflow.DefinitionName, instanceId, new PlanInput(plan, WorkflowCalendar.Default, ReportSchedule.Default), user.Actor, context.RequestAborted);
        if (outcome == StartOutcome.AlreadyExists)
        {
            return Render(context, $"แผน {instanceId} เริ่มใช้แล้ว — this plan is already active.");
        }

        return TypedResults.Redirect("/admin/instances/" + Uri.EscapeDataString(instanceId));
    }

    /// <summary>Parses and checks a plan for this admin; findings explain what is wrong or worth a look.</summary>
    public static (Plan? Plan, IReadOnlyList<string> Findings) Read(string json, AdminUser user)
    {
        Plan? plan;
        try
        {
            plan = JsonSerializer.Deserialize<Plan>(json, EngineJson.Options);
        }
        catch (JsonException e)
        {
            return (null, [$"อ่านไฟล์แผนไม่ได้ (unreadable plan): {e.Message}"]);
        }

        if (plan?.Measures is null || string.IsNullOrWhiteSpace(plan.District))
        {
            return (null, ["ไฟล์แผนไม่มีเขตหรือมาตรการ — the plan has no district or measures."]);
        }

        if (!user.CanSee(plan.District))
        {
            return (null, ["แผนนี้เป็นของเขตอื่น — this plan belongs to another district."]);
        }

        if (plan.Measures.Count is 0 or > PlanWorkflow.MaxMeasures)
        {
            return (null, [$"จำนวนมาตรการต้องอยู่ระหว่าง 1 ถึง {PlanWorkflow.MaxMeasures} — 1 to {PlanWorkflow.MaxMeasures} measures."]);
        }

        var findings = new List<string>();
        foreach (var m in plan.Measures)
        {
            if (m.Indicator is < 1 or > 10)
            {
                findings.Add($"{m.Id}: ตัวชี้วัดไม่ถูกต้อง ({m.Indicator}) — invalid indicator.");
            }

            if (m.Divisions.Count == 0)
            {
                findings.Add($"{m.Id}: ไม่มีฝ่ายที่รับผิดชอบ — no responsible division.");
            }

            if (m.Deadline.Kind == DeadlineKind.None)
            {
                findings.Add($"{m.Id}: ไม่มีกำหนดเวลา — no deadline.");
            }
        }

        var duplicates = plan.Measures.GroupBy(m => m.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            return (null, [$"รหัสมาตรการซ้ำ (duplicate ids): {string.Join(", ", duplicates)}"]);
        }

        return (plan, findings);
    }
}
