using Microsoft.AspNetCore.Http.HttpResults;

namespace ItaWorkflow.Reports;

/// <summary>
/// HTTP endpoints for the admin page to list and download generated report files. Map them on a route group that
/// already requires the admin role; they do no authorization of their own.
/// </summary>
public static class ReportEndpoints
{
    /// <summary>Maps <c>GET reports?district=</c> (list) and <c>GET reports/file?name=</c> (download) on <paramref name="adminGroup"/>.</summary>
    public static RouteGroupBuilder MapReportFiles(this RouteGroupBuilder adminGroup)
    {
        adminGroup.MapGet("/reports", ListAsync);
        adminGroup.MapGet("/reports/file", DownloadAsync);
        return adminGroup;
    }

    private static async Task<Ok<IReadOnlyList<StoredReport>>> ListAsync(string? district, ReportStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(district, cancellationToken));

    private static async Task<Results<FileStreamHttpResult, NotFound>> DownloadAsync(string name, ReportStore store, CancellationToken cancellationToken)
    {
        var download = await store.OpenAsync(name, cancellationToken);
        return download is null
            ? TypedResults.NotFound()
            : TypedResults.File(download.Content, download.ContentType, download.FileName);
    }
}
