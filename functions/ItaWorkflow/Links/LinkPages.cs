using System.Globalization;
using System.Text.Json;
using ItaWorkflow.Hosting.Routes;
using ItaWorkflow.Workflow;
using ItaWorkflow.Notifications;
using ItaWorkflow.Reports;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace ItaWorkflow.Links;

/// <summary>The pages behind signed email links: <c>GET /l/{token}</c> shows, <c>POST /l/{token}</c> acts.</summary>
public static class LinkPages
{
    /// <summary>The largest POST of a progress link: its files plus room for the form fields.</summary>
    public const long MaxProgressRequestBytes = (EvidenceRules.MaxBytes * EvidenceRules.MaxFiles) + (1024 * 1024);

    /// <summary>The largest POST of every other link, which carries a comment at most.</summary>
    public const long MaxFormRequestBytes = 64 * 1024;

    /// <summary>The checkbox a director ticks to complete a measure whose last report is below 100 percent.</summary>
    public const string ConfirmCompleteField = "confirmComplete";

    public const string ConfirmCompleteValue = "yes";

    public static IEndpointRouteBuilder MapLinkPages(this IEndpointRouteBuilder endpoints)
    {
        var links = endpoints.MapGroup("").AddEndpointFilter(SecurityHeadersAsync);
        links.Map(AppRoutes.LinkShow, ShowAsync);
        links.Map(AppRoutes.LinkAct, ActAsync).DisableAntiforgery();
        links.Map(AppRoutes.LinkFile, FileAsync);
        links.Map(AppRoutes.LinkReport, LinkReportPages.ShowAsync);
        links.Map(AppRoutes.LinkReportFile, LinkReportPages.FileAsync);
        return endpoints;
    }

    private static ValueTask<object?> SecurityHeadersAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = LinkPageHtml.ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        return next(context);
    }

    private static async Task<IResult> ShowAsync(
        string token, HttpContext context, LinkSigner signer, WorkflowClient client, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var link = signer.Verify(token);
        if (!link.IsValid)
        {
            return Refused(link);
        }

        var status = await ReadAsync(client, link.Claims!.InstanceId, cancellationToken);
        if (status is null)
        {
            return NotFound();
        }

        return IsRemovedDivision(link.Claims, status)
            ? NoLongerResponsible()
            : Page(status, link.Claims, token, antiforgery.GetAndStoreTokens(context), null, [], ProgressForm.Empty, "", 200);
    }

    private static async Task<IResult> FileAsync(
        string token, string? name, LinkSigner signer, WorkflowClient client, EvidenceStore evidence, CancellationToken cancellationToken)
    {
        var link = signer.Verify(token);
        if (!link.IsValid)
        {
            return Refused(link);
        }

        var claims = link.Claims!;
        var status = EvidenceBlobName.IsValidFor(name, claims.InstanceId)
            ? await client.GetStatusAsync(claims.InstanceId, includeHistory: false, cancellationToken)
            : null;
        if (status is null || status.Instance.Definition != MeasureWorkflow.DefinitionName)
        {
            return NotFound();
        }

        if (IsRemovedDivision(claims, status))
        {
            return NoLongerResponsible();
        }

        // Only files the measure's own progress references are served, whatever else the name's shape would allow.
        var listed = Read<MeasureState>(status)?.Progress.SelectMany(p => p.Evidence).FirstOrDefault(e => e.BlobName == name);
        var file = listed is null ? null : await evidence.OpenAsync(claims.InstanceId, name!, cancellationToken);
        return file is { } found ? TypedResults.Stream(found.Content, found.ContentType, listed!.Name) : NotFound();
    }

    private static async Task<IResult> ActAsync(
        string token, HttpContext context, LinkSigner signer, WorkflowClient client, IAntiforgery antiforgery, EvidenceStore evidence,
        CancellationToken cancellationToken)
    {
        var link = signer.Verify(token);
        if (!link.IsValid)
        {
            return Refused(link);
        }

        // Only a progress link uploads files; every other form is a comment at most.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = LinkActions.Allows(link.Claims!, LinkActions.Progress) ? MaxProgressRequestBytes : MaxFormRequestBytes;
        }

        if (!context.Request.HasFormContentType)
        {
            return FormRefused();
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            // Multipart limits (too many fields, oversized headers such as a file name, an oversized body) surface while reading.
            return Html(
                LinkPageHtml.Message(
                    "ไม่สามารถดำเนินการได้",
                    "ข้อมูลในแบบฟอร์มหรือชื่อไฟล์แนบมีขนาดใหญ่เกินไปหรือไม่ถูกต้อง (The form data or an attached file name is too large or malformed.)",
                    true),
                e is BadHttpRequestException { StatusCode: 413 } ? 413 : 400);
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return FormRefused();
        }

        var claims = link.Claims!;
        var action = form["action"].ToString();
        if (!LinkActions.Allows(claims, action))
        {
            return Html(LinkPageHtml.Message("ไม่มีสิทธิ์", "ลิงก์นี้ไม่มีสิทธิ์ดำเนินการนี้ (This link does not allow that action.)", true), 403);
        }

        // The history is read with the snapshot (one round trip), so the page after the action needs no further read.
        var before = await ReadAsync(client, claims.InstanceId, cancellationToken);
        if (before is null)
        {
            return NotFound();
        }

        // A division link stops working for a division no longer on the measure (reassigned); early reports would
        // otherwise wait in the inbox until acknowledgement and be refused only then.
        if (IsRemovedDivision(claims, before))
        {
            return NoLongerResponsible();
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        var comment = form["comment"].ToString().Trim();
        var typed = ProgressForm.Empty;
        IResult Refuse(IReadOnlyList<string> errors, int code) =>
            Page(before, claims, token, tokens, null, errors, typed, comment, code);

        if (action != LinkActions.Progress && LinkFormRules.CheckText("ความเห็น", comment, LinkFormRules.MaxComment) is { } commentError)
        {
            return Refuse([commentError], 400);
        }

        WorkflowEvent workflowEvent;
        string? key = null;
        var attached = new List<Evidence>();
        switch (action)
        {
            case LinkActions.Acknowledge:
                workflowEvent = new DivisionAcknowledged(claims.Division!);
                key = $"ack:{claims.Division}";
                break;
            case LinkActions.Progress:
                typed = new ProgressForm(form["status"].ToString(), form["percent"].ToString().Trim(), form["result"].ToString().Trim(),
                    form["problems"].ToString().Trim(), form["urls"].ToString().Trim());
                var errors = ValidateProgress(typed, form.Files, Read<MeasureState>(before), claims.Period, out var workStatus, out var percent, out var urls);
                if (errors.Count > 0)
                {
                    return Refuse(errors, 400);
                }

                foreach (var file in form.Files)
                {
                    var contentType = EvidenceRules.CheckFile(file.FileName, file.Length, Head(file)).ContentType!;
                    await using var stream = file.OpenReadStream();
                    var blob = await evidence.SaveAsync(claims.InstanceId, claims.Period, file.FileName, contentType, stream, cancellationToken);
                    attached.Add(new Evidence(EvidenceRules.DisplayName(file.FileName), blob, null, contentType, file.Length));
                }

                workflowEvent = new ProgressSubmitted(
                    claims.Period, claims.Division!, workStatus, percent, typed.Result, typed.Problems, [.. attached, .. urls.Select(u => new Evidence(u, null, u, null, 0))]);
                break;
            case LinkActions.Approve:
                workflowEvent = new ProgressApproved(claims.Period, comment);
                key = $"approve:{claims.Period}";
                break;
            case LinkActions.Complete:
                if (CheckCompletion(Read<MeasureState>(before), claims.Period, form[ConfirmCompleteField].ToString()) is { } completionError)
                {
                    return Refuse([completionError], 400);
                }

                workflowEvent = new CompletionApproved(claims.Period, comment);
                key = $"approve:{claims.Period}";
                break;
            case LinkActions.Forward:
                workflowEvent = new ReportForwarded((ReportRound)claims.Period, comment);
                break;
            case LinkActions.ReportApprove:
                workflowEvent = new ReportApproved((ReportRound)claims.Period, comment);
                key = $"report-approve:{claims.Period}";
                break;
            default:
                if (comment.Length == 0)
                {
                    return Refuse(["กรุณาระบุความเห็นเมื่อส่งกลับให้แก้ไข (A comment is required to return.)"], 400);
                }

                workflowEvent = action == LinkActions.Return
                    ? new ProgressReturned(claims.Period, comment)
                    : new ReportReturned((ReportRound)claims.Period, comment);
                break;
        }

        RaiseResult result;
        try
        {
            result = await client.RaiseEventAsync(claims.InstanceId, new EventEnvelope(workflowEvent, claims.Recipient, key), cancellationToken);
        }
        catch
        {
            await DeleteAsync(evidence, attached);
            throw;
        }

        if (!result.Succeeded)
        {
            // A refused submission keeps nothing: its files would be reachable from no history entry.
            await DeleteAsync(evidence, attached);
        }

        var after = await ReadAsync(client, claims.InstanceId, cancellationToken) ?? before;
        var (notice, error) = Describe(result);
        return error is null
            ? Page(after, claims, token, tokens, notice, [], ProgressForm.Empty, "", 200)
            : Page(after, claims, token, tokens, null, [error], typed, comment, result.Outcome == RaiseOutcome.AlreadyDone ? 409 : 400);
    }

    // The pages show the case and its timeline, read together.
    private static Task<InstanceStatus?> ReadAsync(WorkflowClient client, string instanceId, CancellationToken cancellationToken) =>
        client.GetStatusAsync(instanceId, includeHistory: true, cancellationToken);

    private static Task DeleteAsync(EvidenceStore evidence, IEnumerable<Evidence> attached) =>
        Task.WhenAll(attached.Where(e => e.BlobName is not null).Select(e => evidence.DeleteAsync(e.BlobName!, CancellationToken.None)));

    /// <summary>Thai notice (success) or error for an engine answer.</summary>
    public static (string? Notice, string? Error) Describe(RaiseResult result) => result.Outcome switch
    {
        RaiseOutcome.Applied => ("บันทึกเรียบร้อยแล้ว ขอบคุณค่ะ (Saved.)", null),
        RaiseOutcome.Deferred => ("บันทึกแล้ว ระบบจะดำเนินการต่อเมื่อขั้นตอนก่อนหน้าเสร็จ (Saved; it will apply when the previous step is done.)", null),
        RaiseOutcome.AlreadyDone when result.Previous is { } previous =>
            (null, $"ลิงก์นี้ใช้แล้ว ดำเนินการโดย {previous.Actor} เมื่อ {ThaiDates.Format(previous.At)} (Already done.)"),
        RaiseOutcome.AlreadyDone => (null, $"รายการนี้ดำเนินการไปแล้ว ({result.Reason})"),
        RaiseOutcome.Finished => (null, "มาตรการนี้สิ้นสุดการติดตามแล้ว (The workflow has finished.)"),
        RaiseOutcome.NotFound => (null, "ไม่พบรายการ (Not found.)"),
        _ => (null, $"ไม่สามารถดำเนินการได้ในขณะนี้ ({result.Reason})"),
    };

    /// <summary>Checks the progress form and its files; returns Thai errors (empty when valid).</summary>
    public static IReadOnlyList<string> ValidateProgress(
        ProgressForm form, IFormFileCollection files, MeasureState? state, int period, out WorkStatus status, out int percent, out IReadOnlyList<string> urls)
    {
        var errors = new List<string>();
        if (!Enum.TryParse(form.Status, out status) || !Enum.IsDefined(status))
        {
            errors.Add("กรุณาเลือกสถานะการดำเนินการ (Choose a status.)");
        }

        if (!int.TryParse(form.Percent, NumberStyles.Integer, CultureInfo.InvariantCulture, out percent) || percent is < 0 or > 100)
        {
            errors.Add("ร้อยละความสำเร็จต้องเป็นตัวเลข 0–100 (Percent must be 0–100.)");
        }

        if (form.Result.Length == 0)
        {
            errors.Add("กรุณากรอกผลการดำเนินการ (Describe the result.)");
        }

        errors.AddRange(new[]
        {
            LinkFormRules.CheckText("ผลการดำเนินการ", form.Result, LinkFormRules.MaxResult),
            LinkFormRules.CheckText("ปัญหา/อุปสรรค", form.Problems, LinkFormRules.MaxProblems),
            LinkFormRules.CheckText("ลิงก์หลักฐาน", form.Urls, LinkFormRules.MaxUrl * LinkFormRules.MaxUrls),
        }.OfType<string>());

        if (files.Count > EvidenceRules.MaxFiles)
        {
            errors.Add("แนบไฟล์ได้ไม่เกิน 5 ไฟล์ (At most 5 files.)");
        }

        foreach (var file in files)
        {
            if ((LinkFormRules.CheckText("ชื่อไฟล์หลักฐาน", file.FileName, LinkFormRules.MaxFileName)
                ?? EvidenceRules.CheckFile(file.FileName, file.Length, Head(file)).Error) is { } fileError)
            {
                errors.Add(fileError);
            }
        }

        urls = [.. form.Urls.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        if (urls.Count > LinkFormRules.MaxUrls)
        {
            errors.Add($"ลิงก์หลักฐานได้ไม่เกิน {LinkFormRules.MaxUrls} ลิงก์ (at most {LinkFormRules.MaxUrls} evidence URLs)");
        }

        errors.AddRange(urls.Where(u => u.Length <= LinkFormRules.MaxUrl).Select(EvidenceRules.CheckUrl).OfType<string>());
        errors.AddRange(urls.Where(u => u.Length > LinkFormRules.MaxUrl).Select(_ => $"ลิงก์หลักฐานแต่ละลิงก์ยาวได้ไม่เกิน {LinkFormRules.MaxUrl} ตัวอักษร (evidence URL too long)"));
        if (state is not null && period >= 0 && period < state.Progress.Count && state.Progress[period].Status == PeriodStatus.Approved)
        {
            errors.Add("งวดนี้ได้รับอนุมัติแล้ว ไม่สามารถส่งรายงานซ้ำ (This period is already approved.)");
        }

        return errors;
    }

    /// <summary>
    /// Completing a measure whose reported percent is below 100 needs the director's explicit confirmation; returns the
    /// Thai error when it is missing.
    /// </summary>
    public static string? CheckCompletion(MeasureState? state, int period, string confirm) =>
        state is not null && period >= 0 && period < state.Progress.Count && state.Progress[period].Percent < 100 && confirm != ConfirmCompleteValue
            ? "กรุณาทำเครื่องหมาย \"ยืนยันว่าแล้วเสร็จแม้ความคืบหน้าต่ำกว่า ๑๐๐%\" ก่อนอนุมัติว่าแล้วเสร็จ (Confirm completion below 100 percent.)"
            : null;

    private static byte[] Head(IFormFile file)
    {
        using var stream = file.OpenReadStream();
        var head = new byte[8];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head[..read];
    }

    private static IResult Page(
        InstanceStatus status, LinkClaims claims, string token, AntiforgeryTokenSet tokens, string? notice, IReadOnlyList<string> errors,
        ProgressForm form, string comment, int code)
    {
        var instance = status.Instance;
        var html = instance.Definition == PlanWorkflow.DefinitionName
            ? LinkPageHtml.Plan(Read<PlanState>(status)!, claims, token, tokens, notice, errors, comment)
            : LinkPageHtml.Measure(Read<MeasureState>(status)!, instance, status.History, claims, token, tokens, notice, errors, form, comment);
        return Html(html, code);
    }

    /// <summary>True for a division link of a measure the division no longer holds (reassigned away): it may neither act nor look.</summary>
    public static bool IsRemovedDivision(LinkClaims claims, InstanceStatus status) =>
        claims.Division is not null && status.Instance.Definition != PlanWorkflow.DefinitionName
        && Read<MeasureState>(status) is { } measure && !measure.Divisions.Contains(claims.Division);

    private static IResult NoLongerResponsible() =>
        Html(LinkPageHtml.Message("ไม่มีสิทธิ์", "ฝ่ายนี้ไม่ได้รับผิดชอบมาตรการนี้แล้ว (This division is not responsible for this measure.)", true), 403);

    private static T? Read<T>(InstanceStatus status) => JsonSerializer.Deserialize<T>(status.Instance.StateJson, EngineJson.Options);

    private static IResult Refused(LinkVerification link) =>
        Html(LinkPageHtml.Message("ลิงก์ใช้ไม่ได้", link.Message, true), link.Error == LinkError.Expired ? 410 : 403);

    private static IResult FormRefused() =>
        Html(LinkPageHtml.Message("ไม่สามารถดำเนินการได้", "แบบฟอร์มหมดอายุหรือไม่ถูกต้อง กรุณาเปิดลิงก์จากอีเมลอีกครั้ง (The form token is missing or invalid.)", true), 400);

    private static IResult NotFound() => Html(LinkPageHtml.Message("ไม่พบรายการ", "ไม่พบรายการนี้ อาจถูกลบแล้ว (Not found.)", true), 404);

    private static IResult Html(LinkPage page, int code) => page with { StatusCode = code };
}
