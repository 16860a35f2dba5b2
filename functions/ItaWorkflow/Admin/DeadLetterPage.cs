using System.Globalization;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Admin;

/// <summary>Parked work with retry, failed cases with restart, and the purge of old finished cases.</summary>
public static class DeadLetterPage
{
    public static async Task<IResult> RenderAsync(HttpContext context, DeadLetterStore deadLetters, WorkflowClient client, string? notice = null, string? error = null)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        var letters = await VisibleAsync(deadLetters, client, user, context.RequestAborted);
        var h = new HtmlBuilder(t);
        if (notice is not null)
        {
            h.El("p", notice, ("class", "ok"), ("role", "status"));
        }

        if (error is not null)
        {
            h.El("p", error, ("class", "error"), ("role", "alert"));
        }

        h.Open("table", ("id", "dead-letters")).Open("thead").Open("tr");
        foreach (var column in new[] { t["รายการ (Instance)"], t["งาน (What)"], t["ข้อผิดพลาด (Error)"], t["ครั้ง (Attempts)"], t["เมื่อ (Parked)"], "" })
        {
            h.El("th", column, ("scope", "col"));
        }

        h.Close("tr").Close("thead").Open("tbody");
        foreach (var letter in letters)
        {
            h.Open("tr")
                .Open("td").El("a", letter.InstanceId, ("href", "/manage/instances/" + Uri.EscapeDataString(letter.InstanceId))).Close("td")
                .El("td", letter.What).Open("td").El("pre", letter.Error).Close("td")
                .El("td", letter.Attempts.ToString(CultureInfo.InvariantCulture))
                .El("td", AdminLayout.Thai(letter.ParkedAt));
            ActionCell(h, context, user, "/manage/dead-letters/retry", letter.Id, "retry-", t["ลองใหม่ (Retry)"]);
        }

        h.Close("tbody").Close("table");
        if (letters.Count == 0)
        {
            h.El("p", t["ไม่มีงานที่ล้มเหลว (No dead letters)."], ("id", "no-dead-letters"));
        }

        var failed = await VisibleFailedAsync(client, user, context.RequestAborted);
        h.El("h2", t["รายการที่หยุดทำงานผิดปกติ (Failed cases)"]).Open("table", ("id", "failed-cases")).Open("thead").Open("tr");
        foreach (var column in new[] { t["รายการ (Instance)"], t["ข้อผิดพลาด (Error)"], t["เมื่อ (Failed)"], "" })
        {
            h.El("th", column, ("scope", "col"));
        }

        h.Close("tr").Close("thead").Open("tbody");
        foreach (var failure in failed)
        {
            h.Open("tr")
                .Open("td").El("a", failure.InstanceId, ("href", "/manage/instances/" + Uri.EscapeDataString(failure.InstanceId))).Close("td")
                .Open("td").El("pre", failure.Error).Close("td")
                .El("td", AdminLayout.Thai(failure.FailedAt));
            ActionCell(h, context, user, "/manage/failed/restart", failure.InstanceId, "restart-", t["เริ่มใหม่ (Restart)"]);
        }

        h.Close("tbody").Close("table");
        if (failed.Count == 0)
        {
            h.El("p", t["ไม่มีรายการที่หยุดทำงานผิดปกติ (No failed cases)."], ("id", "no-failed-cases"));
        }

        if (user.CanAct)
        {
            h.El("h2", t["ล้างรายการที่จบแล้ว (Purge finished instances)"])
                .OpenForm(context, "/manage/purge", "action")
                .Field("days", t["เก่ากว่า (วัน) (Older than, days)"], "90", "number", true)
                .ReasonAndConfirm("purge", t["ล้าง (Purge)"])
                .Close("form");
        }

        return AdminLayout.Page(context, t["งานที่ล้มเหลว (Dead letters)"], user, h);
    }

    public static async Task<IResult> RetryAsync(HttpContext context, DeadLetterStore deadLetters, WorkflowClient client, ILoggerFactory loggers)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var id = form["id"].ToString();
        if (form["reason"].ToString().Trim().Length == 0 || form["confirm"] != "yes")
        {
            return await RenderAsync(context, deadLetters, client, error: t["ต้องระบุเหตุผลและติ๊กยืนยัน — a reason and the confirmation are required."]);
        }

        var letter = await deadLetters.GetAsync(id, context.RequestAborted);
        if (letter is null || !await VisibleAsync(client, user, letter.InstanceId, context.RequestAborted))
        {
            return await RenderAsync(context, deadLetters, client, error: t["ไม่พบงานนี้ (not found)."]);
        }

        var retried = await client.RetryParkedAsync(letter.InstanceId, user.Actor, context.RequestAborted);
        loggers.CreateLogger(nameof(DeadLetterPage)).LogInformation(
            "Admin {Actor} retried dead letter {DeadLetterId} of {InstanceId}: {Reason}", user.Actor, id, letter.InstanceId, form["reason"].ToString());
        return await RenderAsync(context, deadLetters, client, notice: retried ? t["ส่งกลับเข้าคิวแล้ว — queued again."] : null, error: retried ? null : t["ไม่พบงานนี้ (not found)."]);
    }

    public static async Task<IResult> RestartAsync(HttpContext context, DeadLetterStore deadLetters, WorkflowClient client, ILoggerFactory loggers)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var id = form["id"].ToString();
        if (form["reason"].ToString().Trim().Length == 0 || form["confirm"] != "yes")
        {
            return await RenderAsync(context, deadLetters, client, error: t["ต้องระบุเหตุผลและติ๊กยืนยัน — a reason and the confirmation are required."]);
        }

        var restarted = await VisibleAsync(client, user, id, context.RequestAborted) && await client.RestartAsync(id, context.RequestAborted);
        loggers.CreateLogger(nameof(DeadLetterPage)).LogInformation(
            "Admin {Actor} restarted failed case {InstanceId}: {Reason}", user.Actor, id, form["reason"].ToString());
        return await RenderAsync(context, deadLetters, client, notice: restarted ? t["เริ่มรายการใหม่แล้ว — restarted."] : null, error: restarted ? null : t["ไม่พบงานนี้ (not found)."]);
    }

    public static async Task<IResult> PurgeAsync(HttpContext context, DeadLetterStore deadLetters, WorkflowClient client, TimeProvider time)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!int.TryParse(form["days"], CultureInfo.InvariantCulture, out var days) || days < 0
            || form["reason"].ToString().Trim().Length == 0 || form["confirm"] != "yes")
        {
            return await RenderAsync(context, deadLetters, client, error: t["ต้องระบุจำนวนวัน เหตุผล และติ๊กยืนยัน — days, reason and confirmation are required."]);
        }

        var scope = new InstanceQuery(District: user.District);
        var purged = await client.PurgeFinishedAsync(time.GetUtcNow().AddDays(-days), user.District is null ? null : scope, context.RequestAborted);
        return await RenderAsync(context, deadLetters, client, notice: t[$"ล้างแล้ว {purged} รายการ — purged {purged}."]);
    }

    private static async Task<bool> VisibleAsync(WorkflowClient client, AdminUser user, string instanceId, CancellationToken cancellationToken) =>
        user.District is null || await InstanceDetailPage.ReadVisibleAsync(client, user, instanceId, false, cancellationToken) is not null;

    /// <summary>The row's last cell: a form posting <paramref name="id"/> with a reason and confirmation, for admins who may act.</summary>
    private static void ActionCell(HtmlBuilder h, HttpContext context, AdminUser user, string path, string id, string fieldPrefix, string button)
    {
        h.Open("td");
        if (user.CanAct)
        {
            h.OpenForm(context, path)
                .Void("input", ("type", "hidden"), ("name", "id"), ("value", id))
                .ReasonAndConfirm(fieldPrefix + ((uint)StableHash.Of(id) % 100000).ToString(CultureInfo.InvariantCulture), button)
                .Close("form");
        }

        h.Close("td").Close("tr");
    }

    private static async Task<IReadOnlyList<FailedCase>> VisibleFailedAsync(WorkflowClient client, AdminUser user, CancellationToken cancellationToken)
    {
        var visible = new List<FailedCase>();
        foreach (var failure in await client.FailedAsync(cancellationToken))
        {
            if (await VisibleAsync(client, user, failure.InstanceId, cancellationToken))
            {
                visible.Add(failure);
            }
        }

        return visible;
    }

    private static async Task<IReadOnlyList<DeadLetter>> VisibleAsync(DeadLetterStore deadLetters, WorkflowClient client, AdminUser user, CancellationToken cancellationToken)
    {
        var visible = new List<DeadLetter>();
        foreach (var letter in (await deadLetters.ListAsync(cancellationToken)).OrderByDescending(l => l.ParkedAt))
        {
            if (await VisibleAsync(client, user, letter.InstanceId, cancellationToken))
            {
                visible.Add(letter);
            }
        }

        return visible;
    }
}
