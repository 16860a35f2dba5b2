using ItaWorkflow.Notifications;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Admin;

/// <summary>The instance list: filters, sortable columns, server-side paging and batch actions.</summary>
public static class InstanceListPage
{
    private static readonly (string Key, string Text)[] Columns =
    [
        ("instance", "รหัส (Instance)"), ("title", "มาตรการ (Measure)"), ("division", "ฝ่าย (Division)"),
        ("step", "ขั้นตอน (Step)"), ("status", "สถานะ (Status)"), ("due", "กำหนด (Next due)"), ("updated", "ปรับปรุงล่าสุด (Updated)"),
    ];

    public static async Task<IResult> RenderAsync(HttpContext context, WorkflowClient client, TimeProvider time, string? notice = null)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        var filter = AdminListFilter.Parse(context.Request.Query);
        var now = time.GetUtcNow();
        var page = await InstanceListReader.ReadAsync(client, filter, filter.ToQuery(user, now), context.RequestAborted);
        var h = new HtmlBuilder(t);
        if (notice is not null)
        {
            h.El("p", t[notice], ("class", "ok"), ("role", "status"));
        }

        Filters(h, filter, user);
        if (page.SortedWithinPageOnly)
        {
            var limit = InstanceListReader.SortLimit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            h.El("p", t[$"เรียงเฉพาะในหน้านี้ เพราะมีรายการตรงตัวกรองเกิน {limit} รายการ กรองให้แคบลงเพื่อเรียงทั้งรายการ (Sorted within this page only: more than {limit} rows match; narrow the filter to sort the whole list.)"], ("role", "status"), ("id", "sort-note"));
        }

        var count = Count(page.Total, page.MoreThanTotal, t);
        h.El("p", count, ("id", "total"), ("role", "status"))
            .Open("table", ("id", "instances")).El("caption", t[$"{page.Items.Count} รายการในหน้านี้ ({page.Items.Count} on this page)"]).Open("thead").Open("tr");
        foreach (var (key, text) in Columns)
        {
            var descending = filter.Sort == key && !filter.Descending;
            h.Open("th", ("scope", "col"), ("aria-sort", filter.Sort == key ? (filter.Descending ? "descending" : "ascending") : null))
                .El("a", t[text], ("href", filter.Url("/manage/instances", null, key, descending)))
                .Close("th");
        }

        h.Close("tr").Close("thead").Open("tbody");
        var undelivered = (await context.RequestServices.GetRequiredService<DeliveryProblemLog>().ListAsync(user.District ?? filter.District, context.RequestAborted))
            .Select(p => p.InstanceId).ToHashSet(StringComparer.Ordinal);
        foreach (var item in page.Items)
        {
            var overdue = item.Status == RuntimeStatus.Running && item.NextDue < now;
            h.Open("tr")
                .Open("td").El("a", item.InstanceId, ("href", "/manage/instances/" + Uri.EscapeDataString(item.InstanceId))).Close("td")
                .Open("td").Text(item.Title);
            if (undelivered.Contains(item.InstanceId))
            {
                h.El("span", t["อีเมลส่งไม่ถึง (Email undelivered)"], ("class", "badge"), ("title", t["อีเมลบางฉบับของรายการนี้ส่งไม่ถึง ดูในประวัติ แล้วแก้ทะเบียนหน่วยงานและส่งลิงก์ซ้ำ — some emails of this case failed; see its history, fix the directory and resend."]));
            }

            h.Close("td")
                .El("td", string.Join(", ", item.Divisions))
                .El("td", StepLabels.Of(item.Definition, item.Step, item.Status, null, t.Language))
                .El("td", StatusText(item.Status, t))
                .El("td", AdminLayout.Due(item.NextDue, t) + (overdue ? t[" (เกินกำหนด)"] : ""), ("class", overdue ? "overdue" : null))
                .El("td", AdminLayout.Thai(item.UpdatedAt))
                .Close("tr");
        }

        h.Close("tbody").Close("table").Open("nav", ("aria-label", t["หน้า (Pages)"]), ("class", "pages"));
        if (filter.Token is not null)
        {
            h.El("a", t["« หน้าแรก (First page)"], ("href", filter.Url("/manage/instances")), ("id", "first-page")).Text(" ");
        }

        if (page.ContinuationToken is { } next)
        {
            h.El("a", t["หน้าถัดไป » (Next page)"], ("href", filter.Url("/manage/instances", next)), ("id", "next-page"), ("rel", "next"));
        }

        h.Close("nav");
        if (user.CanAct)
        {
            h.El("h2", t["ทำรายการกับทุกรายการที่ตรงตัวกรอง (Batch action on the filtered list)"]);
            if (filter.BatchNeedsNarrowing(user))
            {
                h.El("p", t[BatchNeedsFilter], ("id", "batch-needs-filter"));
            }
            else
            {
                h.OpenForm(context, filter.Url("/manage/instances/batch"), "action")
                    .El("p", t[$"รายการที่จะดำเนินการ: {count} — this will touch {(page.MoreThanTotal ? "more than " : "")}{page.Total} cases."], ("id", "batch-count"))
                    .Select("batch-action", t["การดำเนินการ (Action)"], null, [("suspend", t["ระงับ (Suspend)"]), ("resume", t["ทำต่อ (Resume)"]), ("terminate", t["ยุติ (Terminate)"]), ("resend", t["ส่งลิงก์ซ้ำ (Resend link)"])])
                    .ReasonAndConfirm("batch", t["ดำเนินการทั้งหมด (Run on all)"])
                    .Close("form");
            }
        }

        return AdminLayout.Page(context, t["รายการเวิร์กโฟลว์ (Workflow instances)"], user, h);
    }

    /// <summary>Why a batch is refused: a central admin has not narrowed it to a district or a step.</summary>
    public const string BatchNeedsFilter = "ต้องกรองอย่างน้อยตามเขตหรือขั้นตอนก่อนทำรายการทั้งหมด — filter by district or step before running on all.";

    /// <summary>A runtime status in the page's language.</summary>
    public static string StatusText(RuntimeStatus status, AdminText t) => StepLabels.Status(status, t.Language);

    /// <summary>"ทั้งหมด 12 รายการ", or "มากกว่า 2,000 รายการ" when counting stopped at the cap.</summary>
    public static string Count(int total, bool moreThan, AdminText t)
    {
        var n = total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        return moreThan ? t[$"มากกว่า {n} รายการ (more than {n} cases)"] : t[$"ทั้งหมด {n} รายการ ({n} cases in all)"];
    }

    /// <summary>The steps an admin can filter by, named as on the list.</summary>
    private static IEnumerable<(string Value, string Text)> Steps(AdminText t) =>
        new[] { MeasureSteps.Assigned, MeasureSteps.AwaitingProgress, MeasureSteps.AwaitingReview }.Select(s => (MeasureWorkflow.DefinitionName, s))
            .Concat(new[] { PlanSteps.Active, PlanSteps.FirstHalfReport, PlanSteps.FullYearReport }.Select(s => (PlanWorkflow.DefinitionName, s)))
            .Select(p => (p.s, StepLabels.Of(p.Item1, p.s, RuntimeStatus.Running, null, t.Language)))
            .Append((MeasureSteps.Completed, StepLabels.Status(RuntimeStatus.Completed, t.Language)));

    private static void Filters(HtmlBuilder h, AdminListFilter f, AdminUser user)
    {
        var t = h.Words;
        h.Open("form", ("method", "get"), ("action", "/manage/instances"), ("class", "filters"), ("role", "search"));
        if (user.District is null)
        {
            h.Field("district", t["เขต (District)"], f.District);
        }

        h.Field("fy", t["ปีงบประมาณ (Fiscal year)"], f.FiscalYear?.ToString(System.Globalization.CultureInfo.InvariantCulture), "number")
            .Select("definition", t["ประเภท (Definition)"], f.Definition, [("", t["ทั้งหมด (All)"]), (MeasureWorkflow.DefinitionName, t["มาตรการ (Measure)"]), (PlanWorkflow.DefinitionName, t["แผน (Plan)"])])
            .Select("status", t["สถานะ (Status)"], f.Status?.ToString(), [("", t["ทั้งหมด (All)"]), .. Enum.GetValues<RuntimeStatus>().Select(s => (s.ToString(), StatusText(s, t)))])
            .Select("step", t["ขั้นตอน (Step)"], f.Step, [("", t["ทั้งหมด (All)"]), .. Steps(t)])
            .Select("indicator", t["ตัวชี้วัด (Indicator)"], f.Indicator?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [("", t["ทั้งหมด (All)"]), .. Enumerable.Range(1, 10).Select(i => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), IndicatorNames.Of(i)))])
            .Field("division", t["ฝ่าย (Division)"], f.Division, hint: t["พิมพ์บางส่วนของชื่อได้ (part of the name)"])
            .Field("from", t["สร้างตั้งแต่ (Created from)"], f.CreatedFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "date", hint: DayHint(f.CreatedFrom, t))
            .Field("to", t["ถึง (to)"], f.CreatedTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "date", hint: DayHint(f.CreatedTo, t))
            .Field("q", t["ค้นหาชื่อ (Title contains)"], f.Text, "search")
            .Open("div", ("class", "field check"))
            .Void("input", ("id", "overdue"), ("name", "overdue"), ("type", "checkbox"), ("value", "1"), ("checked", f.Overdue ? "checked" : null))
            .El("label", t["เฉพาะที่เกินกำหนด (Overdue only)"], ("for", "overdue"))
            .Close("div")
            .Field("size", t["ต่อหน้า (Page size)"], f.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), "number")
            .El("button", t["กรอง (Filter)"], ("type", "submit"), ("id", "apply-filter"))
            .Close("form");
    }

    private static string DayHint(DateOnly? day, AdminText t) => day is { } d ? AdminLayout.Thai(d) : t["วัน เดือน ปี ค.ศ. (day, month, year)"];
}
