using System.Globalization;
using Azure;
using Azure.Storage.Blobs.Models;
using ItaWorkflow.Domain;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Reports;

/// <summary>
/// Keeps generated report files in the reports container under
/// <c>{district}/{fiscal year}/{round}/report-{round}-{fiscal year}.docx|xlsx</c>; regenerating a round replaces its files.
/// Drafts an admin compiles at any time sit beside them as <c>draft-{round}-{fiscal year}.docx|xlsx</c>, so a draft never
/// replaces the document a reviewer is asked to approve or the one published.
/// </summary>
public sealed class ReportStore(StorageClients storage)
{
    private const string FirstHalfSlug = "first-half";
    private const string FullYearSlug = "full-year";
    private const string OfficialPrefix = "report-";
    private const string DraftPrefix = "draft-";

    /// <summary>Renders the report as DOCX and XLSX and uploads both, replacing earlier files of the same round.</summary>
    public Task<StoredReportFiles> SaveAsync(SemiAnnualReport report, CancellationToken cancellationToken = default) =>
        SaveAsync(report, draft: false, cancellationToken);

    /// <summary>Renders the report as a draft DOCX and XLSX, replacing the round's earlier draft but not its official files.</summary>
    public Task<StoredReportFiles> SaveDraftAsync(SemiAnnualReport report, CancellationToken cancellationToken = default) =>
        SaveAsync(report, draft: true, cancellationToken);

    /// <summary>The measure rows of a stored workbook; null when no such report exists.</summary>
    public async Task<IReadOnlyList<ReportXlsxRow>?> ReadRowsAsync(string xlsxBlobName, CancellationToken cancellationToken = default)
    {
        if (Parse(xlsxBlobName) is not { Format: ReportFormat.Xlsx })
        {
            return null;
        }

        await using var download = await OpenAsync(xlsxBlobName, cancellationToken);
        if (download is null)
        {
            return null;
        }

        // The OpenXML reader needs a seekable stream.
        using var buffer = new MemoryStream();
        await download.Content.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        return ReportXlsxReader.Read(buffer);
    }

    private async Task<StoredReportFiles> SaveAsync(SemiAnnualReport report, bool draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var docx = BlobName(report.District, report.FiscalYear, report.Round, ReportFormat.Docx, draft);
        var xlsx = BlobName(report.District, report.FiscalYear, report.Round, ReportFormat.Xlsx, draft);
        await UploadAsync(docx, ReportDocxWriter.ToBytes(report), ReportDocxWriter.ContentType, cancellationToken);
        await UploadAsync(xlsx, ReportXlsxWriter.ToBytes(report), ReportXlsxWriter.ContentType, cancellationToken);
        return new StoredReportFiles(docx, xlsx);
    }

    /// <summary>Report files, optionally of one district, ordered by name.</summary>
    public async Task<IReadOnlyList<StoredReport>> ListAsync(string? district = null, CancellationToken cancellationToken = default)
    {
        var prefix = district is null ? null : SafeSegment(district) + "/";
        var reports = new List<StoredReport>();
        await foreach (var blob in storage.Container(StorageNames.Reports).GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken))
        {
            if (Parse(blob.Name) is { } parsed)
            {
                reports.Add(parsed with { SizeBytes = blob.Properties.ContentLength ?? 0, LastModified = blob.Properties.LastModified });
            }
        }

        return [.. reports.OrderBy(r => r.BlobName, StringComparer.Ordinal)];
    }

    /// <summary>Opens a report file for download; null when no such report exists.</summary>
    public async Task<ReportDownload?> OpenAsync(string blobName, CancellationToken cancellationToken = default)
    {
        if (Parse(blobName) is not { } report)
        {
            return null;
        }

        try
        {
            var response = await storage.Container(StorageNames.Reports).GetBlobClient(blobName).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return new ReportDownload(response.Value.Content, ContentTypeOf(report.Format), FileNameOf(report.FiscalYear, report.Round, report.Format, report.IsDraft));
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The blob name of a report file, e.g. บางเขน/2567/first-half/report-first-half-2567.docx.</summary>
    public static string BlobName(string district, FiscalYear fiscalYear, ReportRound round, ReportFormat format, bool draft = false) =>
        $"{SafeSegment(district)}/{fiscalYear.BuddhistYear.ToString(CultureInfo.InvariantCulture)}/{RoundSlug(round)}/{FileNameOf(fiscalYear, round, format, draft)}";

    /// <summary>The file name a report file is offered under, e.g. report-first-half-2567.docx.</summary>
    public static string FileNameOf(FiscalYear fiscalYear, ReportRound round, ReportFormat format, bool draft = false) =>
        $"{(draft ? DraftPrefix : OfficialPrefix)}{RoundSlug(round)}-{fiscalYear.BuddhistYear.ToString(CultureInfo.InvariantCulture)}.{(format == ReportFormat.Docx ? "docx" : "xlsx")}";

    /// <summary>The round as it appears in blob names and public addresses: first-half or full-year.</summary>
    public static string RoundSlug(ReportRound round) => round == ReportRound.FirstHalf ? FirstHalfSlug : FullYearSlug;

    /// <summary>The round a slug stands for; null for anything else.</summary>
    public static ReportRound? RoundOfSlug(string? slug) => slug switch
    {
        FirstHalfSlug => ReportRound.FirstHalf,
        FullYearSlug => ReportRound.FullYear,
        _ => null,
    };

    private static string ContentTypeOf(ReportFormat format) =>
        format == ReportFormat.Docx ? ReportDocxWriter.ContentType : ReportXlsxWriter.ContentType;


    // The district name becomes a path segment: no separators, no escapes, no dot segments, no control characters.
    private static string SafeSegment(string district)
    {
        var cleaned = new string([.. ThaiText.Clean(district).Trim().Select(c => c is '/' or '\\' or '\n' or '%' ? '-' : c)]);
        return cleaned.Trim('.').Length == 0 ? "-" : cleaned;
    }

    /// <summary>
    /// The report a blob name stands for, or null unless the name has exactly the shape <see cref="BlobName"/> writes:
    /// a district segment as <see cref="SafeSegment"/> leaves it (so no <c>..</c>, <c>%</c>, separators or leading slash),
    /// a year, a round and the file name (official or draft) of that year and round.
    /// </summary>
    public static StoredReport? Parse(string? blobName)
    {
        var parts = (blobName ?? "").Split('/');
        if (parts.Length != 4
            || parts[0].Length == 0
            || parts[0] != SafeSegment(parts[0])
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || parts[1] != year.ToString(CultureInfo.InvariantCulture)
            || parts[2] is not (FirstHalfSlug or FullYearSlug))
        {
            return null;
        }

        var round = parts[2] == FirstHalfSlug ? ReportRound.FirstHalf : ReportRound.FullYear;
        var fiscalYear = new FiscalYear(year);
        var format = parts[3].EndsWith(".docx", StringComparison.Ordinal) ? ReportFormat.Docx : ReportFormat.Xlsx;
        var draft = parts[3].StartsWith(DraftPrefix, StringComparison.Ordinal);
        return parts[3] == FileNameOf(fiscalYear, round, format, draft)
            ? new StoredReport(blobName!, parts[0], fiscalYear, round, format, 0, null, draft)
            : null;
    }

    private async Task UploadAsync(string blobName, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        var fileName = blobName[(blobName.LastIndexOf('/') + 1)..];
        await storage.Container(StorageNames.Reports).GetBlobClient(blobName).UploadAsync(
            new BinaryData(content),
            new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders
                {
                    ContentType = contentType,
                    ContentDisposition = $"attachment; filename=\"{fileName}\"",
                },
            },
            cancellationToken);
    }
}
