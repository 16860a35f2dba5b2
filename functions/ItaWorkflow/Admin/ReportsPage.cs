using System.Globalization;
using ItaWorkflow.Domain;
using ItaWorkflow.Reports;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Admin;

/// <summary>
/// The reports page: per district plan and round, the status, the document under review or published (preview, DOCX,
/// XLSX), who forwarded and approved it and when, the public address once published, and a draft an admin can compile
/// at any time through the workflow's own compile path. District admins see and compile their own district only.
/// </summary>
public static class ReportsPage
{
    private const string Path = "/manage/reports";

    public static async Task<IResult> RenderAsync(
        HttpContext context, WorkflowClient client, IWorkflowCases cases, ReportStore store, string? district, string? compiled, string? error = null)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        var scoped = user.ScopeDistrict(district);
        var rounds = await ReportOverview.ListAsync(scoped, client, cases, store, context.RequestAborted);
        var h = new HtmlBuilder(t);
        if (user.District is null)
        {
            h.Open("form", ("method", "get"), ("action", Path), ("class", "filters"))
                .Field("reports-district", t["เขต (District)"], scoped)
                .El("button", t["แสดง (Show)"], ("type", "submit"))
                .Close("form");
        }

        if (error is not null)
        {
            h.El("p", error, ("class", "error"), ("role", "alert"));
        }
        else if (!string.IsNullOrEmpty(compiled))
        {
            h.El("p", t["จัดทำฉบับร่างแล้ว ดูได้ที่ \"ฉบับร่างล่าสุด\" ด้านล่าง — the draft is compiled; see \"Latest draft\" below."], ("class", "ok"), ("role", "status"), ("id", "compiled"));
        }

        h.El("p", t[$"ทั้งหมด {rounds.Count / 2} แผน (Plans: {rounds.Count / 2})"], ("id", "report-count"))
            .El("p", t[ReportDocument.PdfNote + " — PDF: the cloud app cannot convert reports to PDF; open the Word file and save it as PDF, or print the preview to PDF."], ("class", "hint"), ("id", "pdf-note"));
        if (rounds.Count == 0)
        {
            h.El("p", t["ยังไม่มีแผนที่เริ่มดำเนินการ รายงานจะปรากฏเมื่อเปิดใช้แผนของเขต — no active plan yet; reports appear once a district plan is activated."]);
        }

        foreach (var plan in rounds.GroupBy(r => (r.District, r.FiscalYear)))
        {
            h.El("h2", $"{t["เขต (District)"]} {plan.Key.District} · {t["ปีงบประมาณ (Fiscal year)"]} {ThaiDigits.ToThai(plan.Key.FiscalYear)}");
            foreach (var round in plan)
            {
                Round(h, t, context, user, round);
            }
        }

        return AdminLayout.Page(context, t["รายงาน (Reports)"], user, h);
    }

    /// <summary>Compiles a draft of a round now, through the same compile path the workflow uses, and stores it as a draft.</summary>
    public static async Task<IResult> CompileAsync(
        HttpContext context, WorkflowClient client, IWorkflowCases cases, ReportStore store, CompileReportHandler compiler)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var district = form["district"].ToString().Trim();
        var round = ReportStore.RoundOfSlug(form["round"].ToString());
        var hasYear = int.TryParse(form["fiscalYear"], NumberStyles.None, CultureInfo.InvariantCulture, out var fiscalYear);
        if (district.Length == 0 || round is null || !hasYear || !user.CanSee(district)
            || await ReportOverview.PlanAsync(cases, district, fiscalYear, context.RequestAborted) is null)
        {
            return await RenderAsync(context, client, cases, store, user.District ?? district, null,
                t["ไม่พบแผนของเขตและปีงบประมาณนี้ จึงจัดทำฉบับร่างไม่ได้ — no plan of this district and fiscal year, so no draft was compiled."]);
        }

        var report = await compiler.CompileAsync(PlanWorkflow.InstanceIdFor(district, fiscalYear), round.Value, context.RequestAborted);
        await store.SaveDraftAsync(report, context.RequestAborted);
        return TypedResults.Redirect($"{Path}?district={Uri.EscapeDataString(district)}&compiled={ReportStore.RoundSlug(round.Value)}-{fiscalYear.ToString(CultureInfo.InvariantCulture)}");
    }

    private static void Round(HtmlBuilder h, AdminText t, HttpContext context, AdminUser user, ReportRoundView round)
    {
        h.Open("section", ("class", "report"), ("data-district", round.District), ("data-round", ReportStore.RoundSlug(round.Round)),
                ("data-fiscal-year", round.FiscalYear.ToString(CultureInfo.InvariantCulture)), ("data-status", round.Status.ToString()))
            .El("h3", t[round.Round == ReportRound.FirstHalf ? "รอบ ๖ เดือน (6-month report)" : "รอบ ๑๒ เดือน (12-month report)"])
            .Open("dl", ("class", "facts"))
            .El("dt", t["สถานะ (Status)"]).Open("dd").El("strong", t[ReportStatuses.Label(round.Status)], ("class", "status")).Close("dd")
            .El("dt", t["เปิดรอบรายงาน (Round opens)"]).El("dd", AdminLayout.Thai(DateOnly.FromDateTime(round.OpensAt.ToOffset(TimeSpan.FromHours(7)).DateTime)));

        h.El("dt", t["เอกสารสำหรับพิจารณา/เผยแพร่ (Document for review and publication)"]).Open("dd");
        if (round.Official is { } official)
        {
            Files(h, t, official, "official");
        }
        else
        {
            h.Text(t["ยังไม่มี (None yet)"]);
        }

        h.Close("dd");
        if (round.Forwarded is { } forwarded)
        {
            h.El("dt", t["ผู้ประสานงานเสนอ (Forwarded by)"]).El("dd", $"{forwarded.By} · {AdminLayout.Thai(forwarded.At)}", ("class", "forwarded"));
        }

        if (round.Approved is { } approved)
        {
            h.El("dt", t["ผู้อนุมัติ (Approved by)"]).El("dd", $"{approved.By} · {AdminLayout.Thai(approved.At)}", ("class", "approved"));
        }

        if (!string.IsNullOrEmpty(round.LastComment))
        {
            h.El("dt", t["ความเห็นล่าสุด (Last comment)"]).El("dd", round.LastComment);
        }

        if (round.Official is not null && round.MissingMeasures.Count > 0)
        {
            h.El("dt", t["มาตรการที่ยังไม่มีผลอนุมัติ (Measures without approved progress)"]).El("dd", string.Join(", ", round.MissingMeasures));
        }

        if (round.Status == ReportStatus.Published)
        {
            // The link carries the percent-encoded address to copy; its text shows the district name readably.
            var path = PublicReportEndpoints.PathOf(round.District, round.FiscalYear, round.Round);
            var origin = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
            h.El("dt", t["ที่อยู่สาธารณะสำหรับเว็บไซต์เขต (O30) (Public address for the district website)"])
                .Open("dd").El("a", origin + Uri.UnescapeDataString(path), ("href", path), ("class", "public-link"))
                .Text(" ").El("small", t["คัดลอกลิงก์นี้ไปใส่บนเว็บไซต์ของเขต ไม่ต้องเข้าสู่ระบบ — copy this link to the district website; no sign-in needed."], ("class", "hint"))
                .Close("dd");
        }

        h.El("dt", t["ฉบับร่างล่าสุด (Latest draft)"]).Open("dd");
        if (round.Draft is { } draft)
        {
            h.El("span", AdminLayout.Thai(round.DraftAt) + " · ");
            Files(h, t, draft, "draft");
        }
        else
        {
            h.Text(t["ยังไม่มี (None yet)"]);
        }

        h.Close("dd").Close("dl");
        if (user.CanAct)
        {
            h.OpenForm(context, Path + "/compile", "inline")
                .Void("input", ("type", "hidden"), ("name", "district"), ("value", round.District))
                .Void("input", ("type", "hidden"), ("name", "fiscalYear"), ("value", round.FiscalYear.ToString(CultureInfo.InvariantCulture)))
                .Void("input", ("type", "hidden"), ("name", "round"), ("value", ReportStore.RoundSlug(round.Round)))
                .El("button", t["จัดทำฉบับร่างตอนนี้ (Compile a draft now)"], ("type", "submit"), ("class", "compile"))
                .Close("form");
        }

        h.Close("section");
    }

    private static void Files(HtmlBuilder h, AdminText t, StoredReportFiles files, string kind) =>
        h.Open("span", ("class", "files " + kind))
            .El("a", t["ดูตัวอย่าง (Preview)"], ("href", $"{Path}/preview?name={Uri.EscapeDataString(files.XlsxBlobName)}"), ("class", "preview"))
            .Text(" · ")
            .El("a", "DOCX", ("href", $"{Path}/file?name={Uri.EscapeDataString(files.DocxBlobName)}"), ("class", "docx"))
            .Text(" · ")
            .El("a", "XLSX", ("href", $"{Path}/file?name={Uri.EscapeDataString(files.XlsxBlobName)}"), ("class", "xlsx"))
            .Text(" · ")
            .El("span", t["PDF: ดูหมายเหตุด้านบน (PDF: see the note above)"], ("class", "hint"))
            .Close("span");
}
