using System.Text.Json;
using ItaWorkflow.Workflow;
using ItaWorkflow.Reports;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Links;

/// <summary>
/// The document a coordinator or director is asked to review, behind their signed link: <c>GET /l/{token}/report</c>
/// shows it as a page and <c>GET /l/{token}/report/{docx|xlsx}</c> downloads it. Only the round of the link, and only
/// the files the workflow compiled for review (never a draft), are served.
/// </summary>
public static class LinkReportPages
{
    /// <summary>The page of the link's report, relative to the link's own page.</summary>
    public static string PagePath(string token) => $"/l/{Uri.EscapeDataString(token)}/report";

    /// <summary>A download of the link's report.</summary>
    public static string FilePath(string token, ReportFormat format) =>
        $"{PagePath(token)}/{(format == ReportFormat.Docx ? "docx" : "xlsx")}";

    public static async Task<IResult> ShowAsync(
        string token, LinkSigner signer, WorkflowClient client, ReportStore store, CancellationToken cancellationToken)
    {
        var (error, state, report, files) = await ReadAsync(token, signer, client, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var rows = await store.ReadRowsAsync(files!.XlsxBlobName, cancellationToken);
        return rows is null
            ? NotCompiled()
            : ReportDocument.Page(
                state!.District,
                state.FiscalYear,
                report!.Round,
                Admin.AdminText.Thai[ReportStatuses.Label(ReportStatuses.Of(report.Stage, hasDraft: false))],
                report.PublishedAt is { } at ? ReportDocument.ApprovedLine(null, at) : null,
                rows,
                ReportDocument.Downloads(f => FilePath(token, f)),
                [ReportDocument.PdfNote]);
    }

    public static async Task<IResult> FileAsync(
        string token, string format, LinkSigner signer, WorkflowClient client, ReportStore store, CancellationToken cancellationToken)
    {
        var (error, _, _, files) = await ReadAsync(token, signer, client, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var blob = format switch
        {
            "docx" => files!.DocxBlobName,
            "xlsx" => files!.XlsxBlobName,
            _ => null,
        };
        var download = blob is null ? null : await store.OpenAsync(blob, cancellationToken);
        return download is null ? NotCompiled() : TypedResults.File(download.Content, download.ContentType, download.FileName);
    }

    private static async Task<(IResult? Error, PlanState? State, RoundReport? Report, StoredReportFiles? Files)> ReadAsync(
        string token, LinkSigner signer, WorkflowClient client, CancellationToken cancellationToken)
    {
        var link = signer.Verify(token);
        if (!link.IsValid)
        {
            return (LinkPageHtml.Message("ลิงก์ใช้ไม่ได้", link.Message, true) with { StatusCode = link.Error == LinkError.Expired ? 410 : 403 }, null, null, null);
        }

        var claims = link.Claims!;
        var status = await client.GetStatusAsync(claims.InstanceId, includeHistory: false, cancellationToken);
        if (status is null || status.Instance.Definition != PlanWorkflow.DefinitionName || claims.Period is not (0 or 1))
        {
            return (LinkPageHtml.Message("ไม่พบรายการ", "ไม่พบรายงานของลิงก์นี้ (Not found.)", true) with { StatusCode = 404 }, null, null, null);
        }

        var state = JsonSerializer.Deserialize<PlanState>(status.Instance.StateJson, EngineJson.Options)!;
        var report = state.Report((ReportRound)claims.Period);
        return ReportOverview.OfficialFiles(report) is { } files ? (null, state, report, files) : (NotCompiled(), state, report, null);
    }

    private static LinkPage NotCompiled() =>
        LinkPageHtml.Message("ยังไม่มีเอกสารรายงาน", "รายงานรอบนี้ยังไม่ได้จัดทำหรือกำลังจัดทำใหม่ กรุณาลองอีกครั้งภายหลัง (The report is not compiled yet.)", true)
            with { StatusCode = 404 };
}
