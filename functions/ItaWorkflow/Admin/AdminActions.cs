using System.Globalization;
using ItaWorkflow.Directories;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Admin;

/// <summary>
/// The POST handlers of instance actions. Each needs a reason and a ticked confirmation, checks the admin may
/// see the instance, and goes through <see cref="WorkflowClient"/> so the action lands in history with actor and reason.
/// </summary>
public static class AdminActions
{
    public const int BatchLimit = 2000;

    public static async Task<IResult> InstanceAsync(HttpContext context, WorkflowClient client, IDirectoryStore directories, TimeProvider time, string id, string action)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var reason = form["reason"].ToString().Trim();
        if (await InstanceDetailPage.ReadVisibleAsync(client, user, id, false, context.RequestAborted) is not { } visible)
        {
            return AdminLayout.Page(context, t["ไม่พบรายการ (Not found)"], user, new HtmlBuilder(t).El("p", t["ไม่พบรายการนี้ หรือไม่มีสิทธิ์ — not found or not yours."]), StatusCodes.Status404NotFound);
        }

        if (reason.Length == 0 || form["confirm"] != "yes")
        {
            return await InstanceDetailPage.RenderAsync(context, client, time, id, error: "ต้องระบุเหตุผลและติ๊กยืนยัน — a reason and the confirmation are required.");
        }

        RaiseResult result;
        try
        {
            result = action switch
            {
                "suspend" => await client.SuspendAsync(id, reason, user.Actor, context.RequestAborted),
                "resume" => await client.ResumeAsync(id, reason, user.Actor, context.RequestAborted),
                "terminate" => await client.TerminateAsync(id, reason, user.Actor, context.RequestAborted),
                "reassign" => await ReassignAsync(client, directories, visible.Instance.Summary.District, id, form["from"].ToString(), form["to"].ToString().Trim(), user, reason, context.RequestAborted),
                "due" => DateOnly.TryParseExact(form["due"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)
                    ? await client.RaiseEventAsync(id, new EventEnvelope(new DueDateChanged(due, reason), user.Actor), context.RequestAborted)
                    : new RaiseResult(RaiseOutcome.Refused, "วันที่ไม่ถูกต้อง (invalid date)", RefusalKind.Invalid, null, 0),
                "resend" => await client.RaiseEventAsync(id, new EventEnvelope(new ResendRequested(reason), user.Actor), context.RequestAborted),
                "raise" => await RaiseAsync(client, id, form["type"].ToString().Trim(), form["payload"].ToString(), user, reason, context.RequestAborted),
                _ => new RaiseResult(RaiseOutcome.Refused, "ไม่รู้จักการดำเนินการ (unknown action)", RefusalKind.Invalid, null, 0),
            };
        }
        catch (ArgumentException e)
        {
            result = new RaiseResult(RaiseOutcome.Refused, e.Message, RefusalKind.Invalid, null, 0);
        }

        return result.Succeeded
            ? await InstanceDetailPage.RenderAsync(context, client, time, id, notice: $"บันทึกแล้ว ({Outcome(result)}) — done.")
            : await InstanceDetailPage.RenderAsync(context, client, time, id, error: $"ไม่สำเร็จ: {Outcome(result)} — {result.Reason}");
    }

    public static async Task<IResult> BatchAsync(HttpContext context, WorkflowClient client, InstanceIndex index, TimeProvider time)
    {
        var t = AdminText.For(context);
        var user = AdminUser.From(context.User);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var reason = form["reason"].ToString().Trim();
        var action = form["batch-action"].ToString();
        if (reason.Length == 0 || form["confirm"] != "yes" || action is not ("suspend" or "resume" or "terminate" or "resend"))
        {
            return AdminLayout.Page(context, t["ทำรายการไม่ได้ (Refused)"], user, new HtmlBuilder(t).El("p", t["ต้องเลือกการดำเนินการ ระบุเหตุผลและติ๊กยืนยัน — action, reason and confirmation are required."], ("class", "error")), StatusCodes.Status400BadRequest);
        }

        var filter = AdminListFilter.Parse(context.Request.Query);
        if (filter.BatchNeedsNarrowing(user))
        {
            return AdminLayout.Page(context, t["ทำรายการไม่ได้ (Refused)"], user, new HtmlBuilder(t).El("p", t[InstanceListPage.BatchNeedsFilter], ("class", "error"), ("id", "batch-needs-filter")), StatusCodes.Status400BadRequest);
        }

        var query = filter.ToQuery(user, time.GetUtcNow()) with { ContinuationToken = null };
        var ids = new List<string>();
        await foreach (var item in index.AllAsync(query, context.RequestAborted))
        {
            if (user.CanSee(item.District) && ids.Count < BatchLimit)
            {
                ids.Add(item.InstanceId);
            }
        }

        var applied = 0;
        foreach (var id in ids)
        {
            var result = action switch
            {
                "suspend" => await client.SuspendAsync(id, reason, user.Actor, context.RequestAborted),
                "resume" => await client.ResumeAsync(id, reason, user.Actor, context.RequestAborted),
                "resend" => await client.RaiseEventAsync(id, new EventEnvelope(new ResendRequested(reason), user.Actor), context.RequestAborted),
                _ => await client.TerminateAsync(id, reason, user.Actor, context.RequestAborted),
            };
            applied += result.Outcome == RaiseOutcome.Applied ? 1 : 0;
        }

        var done = action switch
        {
            "suspend" => "ระงับชั่วคราว",
            "resume" => "ดำเนินการต่อ",
            "resend" => "ส่งลิงก์ซ้ำ",
            _ => "ยุติ",
        };
        return await InstanceListPage.RenderAsync(context, client, time, $"{done}แล้ว {applied} จาก {ids.Count} รายการ — {action} applied to {applied} of {ids.Count}.");
    }

    public static string Outcome(RaiseResult result) => result.Outcome switch
    {
        RaiseOutcome.Applied => "ดำเนินการแล้ว (applied)",
        RaiseOutcome.Deferred => "รอดำเนินการ (deferred)",
        RaiseOutcome.AlreadyDone => "เคยทำแล้ว (already done)",
        RaiseOutcome.Refused => "ถูกปฏิเสธ (refused)",
        RaiseOutcome.Finished => "สิ้นสุดแล้ว (instance finished)",
        _ => "ไม่พบ (not found)",
    };

    /// <summary>Refuses a division the directory cannot reach before the workflow hears of it, so no email goes nowhere.</summary>
    private static async Task<RaiseResult> ReassignAsync(
        WorkflowClient client, IDirectoryStore directories, string district, string id, string from, string to, AdminUser user, string reason,
        CancellationToken cancellationToken)
    {
        if (to.Length == 0 || DirectoryCoverage.Unreachable(await directories.GetAsync(district, cancellationToken), [to]).Count > 0)
        {
            return new RaiseResult(
                RaiseOutcome.Refused,
                $"ไม่มีฝ่าย “{to}” ในทะเบียนหน่วยงานของเขต{district} หรือฝ่ายนี้ยังไม่มีอีเมล จึงส่งงานให้ไม่ได้ — เลือกฝ่ายจากรายการ หรือเพิ่มฝ่ายในหน้าทะเบียนหน่วยงานก่อน",
                RefusalKind.Invalid,
                null,
                0);
        }

        return await client.RaiseEventAsync(id, new EventEnvelope(new DivisionReassigned(from, to, reason), user.Actor), cancellationToken);
    }

    private static async Task<RaiseResult> RaiseAsync(
        WorkflowClient client, string id, string type, string payload, AdminUser user, string reason, CancellationToken cancellationToken)
    {
        var (workflowEvent, error) = AdminRaiseRules.Read(type, payload);
        if (workflowEvent is null)
        {
            return new RaiseResult(RaiseOutcome.Refused, error, RefusalKind.Invalid, null, 0);
        }

        // Raised events carry no reason field of their own, so the reason travels in the recorded actor.
        return await client.RaiseEventAsync(id, new EventEnvelope(workflowEvent, $"{user.Actor} ({reason})"), cancellationToken);
    }
}
