using ItaWorkflow.Admin;
using ItaWorkflow.Hosting.Routes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ItaWorkflow.Reports;

/// <summary>
/// HTTP endpoints for the admin page to list and download generated report files. Map them on a route group that
/// already requires an admin role; they keep a district admin to the reports of their own district, judged by the
/// district in the stored file's name, never by the query string.
/// </summary>
public static class ReportEndpoints
{
    /// <summary>Maps <c>GET reports?district=</c> (list) and <c>GET reports/file?name=</c> (download) on <paramref name="adminGroup"/>.</summary>
    public static RouteGroupBuilder MapReportFiles(this RouteGroupBuilder adminGroup)
    {
        adminGroup.Map(AppRoutes.AdminReports, ListAsync);
        adminGroup.Map(AppRoutes.AdminReportFile, DownloadAsync);
        return adminGroup;
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
