using ItaWorkflow.Domain;
using ItaWorkflow.Hosting.Routes;
using ItaWorkflow.Links;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Reports;

/// <summary>
/// The published O30 reports at stable addresses with no sign-in, for an office to put on its website:
/// <c>/p/{district}/{fiscal year}/{first-half|full-year}</c> (the Thai district name percent-encoded) and its two files
/// under the same path, and the evidence files divisions uploaded with the progress it reports under
/// <c>…/evidence/{measure}/{period}/{n}/{file name}</c>. Only a report the director approved is served; every other
/// answer is 404, so an unpublished round cannot be told from one that does not exist.
/// </summary>
public static class PublicReportEndpoints
{
    private const string PublicCacheControl = "public, max-age=300";

    /// <summary>Maps the public report page and downloads.</summary>
    public static IEndpointRouteBuilder MapPublicReports(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("").AddEndpointFilter(SecurityHeadersAsync).AllowAnonymous();
        reports.Map(AppRoutes.PublicReport, ShowAsync);
        reports.Map(AppRoutes.PublicReportFile, DownloadAsync);
        reports.Map(AppRoutes.PublicReportEvidence, EvidenceAsync);
        return endpoints;
    }

    /// <summary>The public path of an uploaded evidence file of a measure's progress in a round's report.</summary>
    public static string EvidencePath(string district, int fiscalYear, ReportRound round, string measureId, int period, int index, string fileName) =>
        FormattableString.Invariant($"{PathOf(district, fiscalYear, round)}/evidence/{Uri.EscapeDataString(measureId)}/{period}/{index}/{Uri.EscapeDataString(fileName)}");

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
        if (await PublishedAsync(cases, district, fiscalYear, round, cancellationToken) is not var (_, report, files)
            || await store.ReadRowsAsync(files.XlsxBlobName, cancellationToken) is not { } rows)
        {
            return NotFound();
        }

        var path = PathOf(district, fiscalYear, report.Round);
        return ReportDocument.Page(
            district,
            fiscalYear,
            report.Round,
            Admin.AdminText.Thai[ReportStatuses.Label(ReportStatus.Published)],
            ReportDocument.ApprovedLine(null, report.PublishedAt ?? DateTimeOffset.MinValue),
            rows,
            ReportDocument.Downloads(f => $"{path}/{ReportStore.FileNameOf(new FiscalYear(fiscalYear), report.Round, f)}"),
            []);
    }

    private static async Task<IResult> DownloadAsync(
        string district, int fiscalYear, string round, string file, IWorkflowCases cases, ReportStore store, CancellationToken cancellationToken)
    {
        if (await PublishedAsync(cases, district, fiscalYear, round, cancellationToken) is not var (_, report, files))
        {
            return NotFound();
        }

        var blob = new[] { files.DocxBlobName, files.XlsxBlobName }
            .FirstOrDefault(b => file == ReportStore.FileNameOf(new FiscalYear(fiscalYear), report.Round, ReportStore.Parse(b)!.Format));
        var download = blob is null ? null : await store.OpenAsync(blob, cancellationToken);
        return download is null ? NotFound() : TypedResults.File(download.Content, download.ContentType, download.FileName);
    }

    // Only a file the published round reports is served: approved progress of a measure of the plan, in a period that
    // ends inside the round, and an uploaded file of that progress.
    private static async Task<IResult> EvidenceAsync(
        string district, int fiscalYear, string round, string measure, int period, int index, IWorkflowCases cases, EvidenceStore evidence,
        CancellationToken cancellationToken)
    {
        var measureId = MeasureWorkflow.InstanceIdFor(district, fiscalYear, measure);
        if (await PublishedAsync(cases, district, fiscalYear, round, cancellationToken) is not var (plan, report, _)
            || !plan.MeasureInstanceIds.Contains(measureId)
            || await cases.GetAsync(measureId, cancellationToken) is not { Definition: MeasureWorkflow.DefinitionName } found)
        {
            return NotFound();
        }

        var state = new MeasureWorkflow().ReadState(found.StateJson);
        var roundEnd = ThaiCalendar.RoundEnd(new FiscalYear(fiscalYear), report.Round == ReportRound.FirstHalf ? 6 : 12);
        var progress = state.Progress.FirstOrDefault(p => p.Index == period && p.Status == PeriodStatus.Approved);
        var file = progress is not null && period < state.Periods.Count && state.Periods[period].End <= roundEnd && index >= 0 && index < progress.Evidence.Count
            ? progress.Evidence[index]
            : null;
        var opened = file?.BlobName is { } blob ? await evidence.OpenAsync(measureId, blob, cancellationToken) : null;
        return opened is { } open ? TypedResults.File(open.Content, open.ContentType, file!.Name) : NotFound();
    }

    // The round's official files, only once the director approved it; null for every other case.
    private static async Task<(PlanState Plan, RoundReport Report, StoredReportFiles Files)?> PublishedAsync(
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
        return report.Stage == ReportStage.Published && ReportOverview.OfficialFiles(report) is { } files ? (plan, report, files) : null;
    }

    private static LinkPage NotFound() =>
        LinkPageHtml.Message("ไม่พบรายงาน", "ไม่พบรายงานที่เผยแพร่ตามที่อยู่นี้ (No published report at this address.)", true) with { StatusCode = 404 };
}
