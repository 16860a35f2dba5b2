using ItaWorkflow.Admin;
using ItaWorkflow.Hosting.Routes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ItaWorkflow.Reports;

/// <summary>
/// HTTP endpoints for the admin pages to list, preview and download generated report files. Map them on a route group that
/// already requires an admin role; they keep a district admin to the reports of their own district, judged by the
/// district in the stored file's name, never by the query string.
/// </summary>
public static class ReportEndpoints
{
    /// <summary>
    /// Maps <c>GET reports/files?district=</c> (list, for scripts), <c>GET reports/file?name=</c> (download) and
    /// <c>GET reports/preview?name=</c> (a workbook shown as a page) on <paramref name="adminGroup"/>.
    /// </summary>
    public static RouteGroupBuilder MapReportFiles(this RouteGroupBuilder adminGroup)
    {
        adminGroup.Map(AppRoutes.AdminReportFiles, ListAsync);
        adminGroup.Map(AppRoutes.AdminReportFile, DownloadAsync);
        adminGroup.Map(AppRoutes.AdminReportPreview, PreviewAsync);
        return adminGroup;
    }

    private static async Task<IResult> PreviewAsync(HttpContext context, string name, ReportStore store, CancellationToken cancellationToken)
    {
        if (ReportStore.Parse(name) is not { Format: ReportFormat.Xlsx } report
            || !AdminUser.From(context.User).CanSee(report.District)
            || await store.ReadRowsAsync(name, cancellationToken) is not { } rows)
        {
            return TypedResults.NotFound();
        }

        // The preview is the same page reviewers and the public see, styled by its one inline style.
        context.Response.Headers.ContentSecurityPolicy = Links.LinkPageHtml.ContentSecurityPolicy;
        var docx = ReportStore.BlobName(report.District, report.FiscalYear, report.Round, ReportFormat.Docx, report.IsDraft);
        return ReportDocument.Page(
            report.District,
            report.FiscalYear.BuddhistYear,
            report.Round,
            report.IsDraft ? "ฉบับร่าง (ยังไม่ผ่านการตรวจสอบ)" : "เอกสารสำหรับพิจารณา/เผยแพร่",
            null,
            rows,
            ReportDocument.Downloads(f => "/manage/reports/file?name=" + Uri.EscapeDataString(f == ReportFormat.Docx ? docx : name)),
            [ReportDocument.PdfNote]);
    }

    private static async Task<Ok<IReadOnlyList<StoredReport>>> ListAsync(HttpContext context, string? district, ReportStore store, CancellationToken cancellationToken)
    {
        var user = AdminUser.From(context.User);
        var reports = await store.ListAsync(user.ScopeDistrict(district), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<StoredReport>>([.. reports.Where(r => user.CanSee(r.District))]);
    }

    private static async Task<Results<FileStreamHttpResult, NotFound>> DownloadAsync(HttpContext context, string name, ReportStore store, CancellationToken cancellationToken)
    {
        // A report of another district answers exactly like a missing one, so names cannot be probed.
        if (ReportStore.Parse(name) is not { } report || !AdminUser.From(context.User).CanSee(report.District))
        {
            return TypedResults.NotFound();
        }

        var download = await store.OpenAsync(name, cancellationToken);
        return download is null
            ? TypedResults.NotFound()
            : TypedResults.File(download.Content, download.ContentType, download.FileName);
    }
}
