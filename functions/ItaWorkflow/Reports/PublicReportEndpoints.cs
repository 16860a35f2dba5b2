using ItaWorkflow.Domain;
using ItaWorkflow.Links;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Reports;

/// <summary>
/// The published O30 reports at stable addresses with no sign-in, for an office to put on its website:
/// <c>/p/{district}/{fiscal year}/{first-half|full-year}</c> (the Thai district name percent-encoded) and its two files
/// under the same path. Only a report the director approved is served; every other answer is 404, so an unpublished
/// round cannot be told from one that does not exist.
/// </summary>
public static class PublicReportEndpoints
{
    private const string PublicCacheControl = "public, max-age=300";

    /// <summary>Maps the public report page and downloads.</summary>
    public static IEndpointRouteBuilder MapPublicReports(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/p/{district}/{fiscalYear:int}/{round}").AddEndpointFilter(SecurityHeadersAsync).AllowAnonymous();
        reports.MapGet("", ShowAsync);
        reports.MapGet("/{file}", DownloadAsync);
        return endpoints;
    }

    /// <summary>The path of a round's public page, e.g. <c>/p/%E0%B8%9A.../2567/first-half</c>.</summary>
    public static string PathOf(string district, int fiscalYear, ReportRound round) =>
        $"/p/{Uri.EscapeDataString(district)}/{fiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{ReportStore.RoundSlug(round)}";

    private static ValueTask<object?> SecurityHeadersAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = LinkPageHtml.ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = PublicCacheControl;
        return next(context);
    }

    private static async Task<IResult> ShowAsync(
        string district, int fiscalYear, string round, IWorkflowCases cases, ReportStore store, CancellationToken cancellationToken)
    {
        if (await PublishedAsync(cases, district, fiscalYear, round, cancellationToken) is not var (report, files)
            || await store.ReadRowsAsync(files.XlsxBlobName, cancellationToken) is not { } rows)
        {
            return NotFound();
        }

        var path = PathOf(district, fiscalYear, report.Round);
        return ReportDocument.Page(
            district,
            fiscalYear,
            report.Round,
            "อนุมัติและเผยแพร่แล้ว",
            ReportDocument.ApprovedLine(null, report.PublishedAt ?? DateTimeOffset.MinValue),
            rows,
            ReportDocument.Downloads(f => $"{path}/{ReportStore.FileNameOf(new FiscalYear(fiscalYear), report.Round, f)}"),
            []);
    }

    private static async Task<IResult> DownloadAsync(
        string district, int fiscalYear, string round, string file, IWorkflowCases cases, ReportStore store, CancellationToken cancellationToken)
    {
        if (await PublishedAsync(cases, district, fiscalYear, round, cancellationToken) is not var (report, files))
        {
            return NotFound();
        }

        var blob = new[] { files.DocxBlobName, files.XlsxBlobName }
            .FirstOrDefault(b => file == ReportStore.FileNameOf(new FiscalYear(fiscalYear), report.Round, ReportStore.Parse(b)!.Format));
        var download = blob is null ? null : await store.OpenAsync(blob, cancellationToken);
        return download is null ? NotFound() : TypedResults.File(download.Content, download.ContentType, download.FileName);
    }

    // The round's official files, only once the director approved it; null for every other case.
    private static async Task<(RoundReport Report, StoredReportFiles Files)?> PublishedAsync(
        IWorkflowCases cases, string district, int fiscalYear, string round, CancellationToken cancellationToken)
    {
        if (ReportStore.RoundOfSlug(round) is not { } parsed
            || string.IsNullOrWhiteSpace(district)
            || await ReportOverview.PlanAsync(cases, district, fiscalYear, cancellationToken) is not { } plan
            || plan.District != district)
        {
            return null;
        }

        var report = plan.Report(parsed);
        return report.Stage == ReportStage.Published && ReportOverview.OfficialFiles(report) is { } files ? (report, files) : null;
    }

    private static LinkPage NotFound() =>
        LinkPageHtml.Message("ไม่พบรายงาน", "ไม่พบรายงานที่เผยแพร่ตามที่อยู่นี้ (No published report at this address.)", true) with { StatusCode = 404 };
}
