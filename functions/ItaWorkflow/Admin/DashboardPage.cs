using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using ItaWorkflow.Workflow;
using ItaWorkflow.Domain;
using ItaWorkflow.Notifications;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Admin;

/// <summary>Per-district or BMA-wide charts: status per indicator, on-time rate per month, overdue per division, progress radar.</summary>
public static class DashboardPage
{
    /// <summary>Most measure snapshots read for the period-based charts; beyond it the charts say they are sampled.</summary>
    public const int SnapshotLimit = 3000;

    private static readonly RuntimeStatus[] Statuses = [RuntimeStatus.Running, RuntimeStatus.Suspended, RuntimeStatus.Completed, RuntimeStatus.Terminated, RuntimeStatus.Failed];

    public static async Task<IResult> RenderAsync(HttpContext context, InstanceIndex index, WorkflowClient client, TimeProvider time)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        var q = context.Request.Query;
        var district = user.ScopeDistrict(q["district"].ToString());
        int? fiscalYear = int.TryParse(q["fy"], CultureInfo.InvariantCulture, out var fy) ? fy : null;
        var now = time.GetUtcNow();
        var rows = new List<InstanceListItem>();
        await foreach (var item in index.AllAsync(new InstanceQuery(district, fiscalYear, MeasureWorkflow.DefinitionName), context.RequestAborted))
        {
            rows.Add(item);
        }

        var states = await ReadStatesAsync(client, rows.Take(SnapshotLimit), context.RequestAborted);
        var h = new HtmlBuilder(t);
        h.Open("form", ("method", "get"), ("action", "/manage/dashboard"), ("class", "filters"));
        if (user.District is null)
        {
            h.Field("district", t["เขต (ว่าง = ทั้ง กทม.) (District, empty = BMA-wide)"], district);
        }

        h.Field("fy", t["ปีงบประมาณ (Fiscal year)"], fiscalYear?.ToString(CultureInfo.InvariantCulture), "number")
            .El("button", t["แสดง (Show)"], ("type", "submit"))
            .Close("form")
            .El("p", $"{district ?? t["ทุกเขต (BMA-wide)"]} · {t[$"มาตรการ {rows.Count} รายการ ({rows.Count} measures)"]}", ("id", "dashboard-scope"));
        if (rows.Count > SnapshotLimit)
        {
            h.El("p", t[$"กราฟรายเดือนและเรดาร์คำนวณจาก {SnapshotLimit} มาตรการแรก (period charts use the first {SnapshotLimit} measures)."]);
        }

        var shown = rows.Select(r => r.InstanceId).ToHashSet(StringComparer.Ordinal);
        var undelivered = (await context.RequestServices.GetRequiredService<DeliveryProblemLog>().ListAsync(district, context.RequestAborted))
            .Where(p => fiscalYear is null || shown.Contains(p.InstanceId))
            .GroupBy(p => p.InstanceId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        h.Open("section", ("id", "dashboard-delivery"), ("class", undelivered.Count > 0 ? "error-summary" : null))
            .El("p", undelivered.Count > 0
                ? t.Pick(
                    $"อีเมลส่งไม่ถึง {undelivered.Count} รายการ แก้ทะเบียนหน่วยงาน แล้วส่งลิงก์ซ้ำจากหน้ารายการ",
                    $"{undelivered.Count} cases with undelivered email: fix the directory, then resend their links.")
                : t["อีเมลส่งถึงทุกรายการ (Every email was delivered)"], ("id", "dashboard-delivery-count"));
        if (undelivered.Count > 0)
        {
            h.Open("ul");
            foreach (var group in undelivered.Take(10))
            {
                h.Open("li").El("a", group.Key, ("href", "/manage/instances/" + Uri.EscapeDataString(group.Key)))
                    .Text(" — " + string.Join(", ", group.Select(p => p.Recipient).Distinct().Take(3))).Close("li");
            }

            h.Close("ul");
        }

        h.Close("section");
        var imported = states.Count(HasImportedResults);
        h.El("p", t[$"มีผลนำเข้า {imported} มาตรการ (imported results: {imported} measures)"], ("id", "dashboard-imported"));
        h.Open("div", ("class", "charts"));
        Figure(h, SvgCharts.Stacked(
            t["มาตรการตามสถานะ รายตัวชี้วัด (Measures by status per indicator)"],
            [.. Statuses.Select(s => InstanceListPage.StatusText(s, t))],
            [.. Enumerable.Range(1, 10).Select(i => (IndicatorNames.Of(i), Statuses.Select(s => rows.Count(r => r.Indicator == i && r.Status == s)).ToArray()))]));
        Figure(h, SvgCharts.Bars(t["อัตราส่งตรงเวลา รายเดือน (%) (On-time rate per month)"], OnTimeByMonth(states), 100, "%"));
        Figure(h, SvgCharts.Bars(
            t["เกินกำหนด รายฝ่าย (Overdue by division)"],
            [.. rows.Where(r => r.Status == RuntimeStatus.Running && r.NextDue < now)
                .SelectMany(r => r.Divisions)
                .GroupBy(d => d)
                .OrderByDescending(g => g.Count())
                .Take(20)
                .Select(g => (g.Key, (double)g.Count()))],
            Math.Max(1, rows.Count(r => r.Status == RuntimeStatus.Running && r.NextDue < now)),
            ""));
        Figure(h, SvgCharts.Radar(
            t["คะแนนความก้าวหน้า 10 ตัวชี้วัด (Progress score per indicator: approved periods ÷ required × 100 — not the official ITA score)"],
            [.. Enumerable.Range(1, 10).Select(i => (i.ToString(CultureInfo.InvariantCulture), ProgressScore(states.Where(s => s.Measure.Indicator == i))))]));
        h.Close("div")
            .El("p", t["คะแนนในเรดาร์คือความก้าวหน้าของมาตรการ (รอบที่อนุมัติแล้ว ÷ รอบที่ต้องรายงาน × 100) ไม่ใช่คะแนน ITA ทางการ จนกว่าจะนำเข้าผลการประเมิน — the radar shows measure progress, not the official ITA score, until assessment results are imported."]);
        return AdminLayout.Page(context, t["แดชบอร์ด (Dashboard)"], user, h);
    }

    /// <summary>True when the progress report imported with the plan already stated results for the measure.</summary>
    public static bool HasImportedResults(MeasureState state) => state.Measure.ReportedProgress is { Imported: true };

    /// <summary>Share of reported periods that were on time, per due month in the Buddhist Era (ต.ค. ๖๖), oldest first.</summary>
    public static IReadOnlyList<(string Label, double Value)> OnTimeByMonth(IEnumerable<MeasureState> states) =>
        [.. states
            .SelectMany(s => s.Periods.Select(p => (Period: p, Progress: s.Progress[p.Index])))
            .Where(x => x.Progress.Status is PeriodStatus.Submitted or PeriodStatus.Returned or PeriodStatus.Approved or PeriodStatus.Missed)
            .GroupBy(x => x.Period.Due.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (MonthLabel(g.First().Period.Due), Math.Round(100.0 * g.Count(x => x.Progress.OnTime) / g.Count(), 1)))];

    private static string MonthLabel(DateOnly day) =>
        $"{ThaiCalendar.Month(day.Month).Abbreviation} {ThaiDigits.ToThai((ThaiCalendar.ToBuddhistYear(day.Year) % 100).ToString("00", CultureInfo.InvariantCulture))}";

    /// <summary>Approved periods ÷ periods that had to be reported (open or later), × 100; 0 when none.</summary>
    public static double ProgressScore(IEnumerable<MeasureState> states)
    {
        var required = 0;
        var approved = 0;
        foreach (var progress in states.SelectMany(s => s.Progress))
        {
            if (progress.Status != PeriodStatus.NotRequired)
            {
                required++;
                approved += progress.Status == PeriodStatus.Approved ? 1 : 0;
            }
        }

        return required == 0 ? 0 : Math.Round(100.0 * approved / required, 1);
    }

    private static void Figure(HtmlBuilder h, HtmlBuilder svg) => h.Open("figure").Append(svg).Close("figure");

    private static async Task<IReadOnlyList<MeasureState>> ReadStatesAsync(WorkflowClient client, IEnumerable<InstanceListItem> rows, CancellationToken cancellationToken)
    {
        var states = new ConcurrentBag<MeasureState>();
        await Parallel.ForEachAsync(rows, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (row, ct) =>
        {
            if (await client.GetStatusAsync(row.InstanceId, includeHistory: false, ct) is { } status
                && JsonSerializer.Deserialize<MeasureState>(status.Instance.StateJson, EngineJson.Options) is { } state)
            {
                states.Add(state);
            }
        });
        return [.. states];
    }
}
