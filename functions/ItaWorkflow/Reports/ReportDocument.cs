using ItaWorkflow.Domain;
using ItaWorkflow.Links;
using ItaWorkflow.Reports.Pages;

namespace ItaWorkflow.Reports;

/// <summary>The report as a web page (<see cref="ReportDocumentPage"/>) and the wording shared by the pages that offer it.</summary>
public static class ReportDocument
{
    /// <summary>Why no PDF is offered: the app runs where no office suite is installed to convert the document.</summary>
    public const string PdfNote =
        "ไฟล์ PDF: ระบบบนคลาวด์ไม่สามารถแปลงรายงานเป็น PDF ได้ กรุณาเปิดไฟล์ Word (.docx) แล้วเลือก \"บันทึกเป็น PDF\" หรือสั่งพิมพ์หน้านี้เป็น PDF";

    /// <summary>The page of a report's rows with its status line and downloads.</summary>
    public static LinkPage Page(
        string district, int fiscalYear, ReportRound round, string status, string? approval,
        IReadOnlyList<ReportXlsxRow> rows, IReadOnlyList<ReportLink> downloads, IReadOnlyList<string> notes) =>
        new(typeof(ReportDocumentPage), new Dictionary<string, object?>
        {
            [nameof(ReportDocumentPage.District)] = district,
            [nameof(ReportDocumentPage.FiscalYear)] = fiscalYear,
            [nameof(ReportDocumentPage.Round)] = round,
            [nameof(ReportDocumentPage.Status)] = status,
            [nameof(ReportDocumentPage.Approval)] = approval,
            [nameof(ReportDocumentPage.Rows)] = rows,
            [nameof(ReportDocumentPage.Downloads)] = downloads,
            [nameof(ReportDocumentPage.Notes)] = notes,
        });

    /// <summary>The two downloads of a round, given the address of each format.</summary>
    public static IReadOnlyList<ReportLink> Downloads(Func<ReportFormat, string> href) =>
    [
        new("ไฟล์ Word (.docx)", href(ReportFormat.Docx)),
        new("ไฟล์ Excel (.xlsx)", href(ReportFormat.Xlsx)),
    ];

    /// <summary>"อนุมัติโดย … เมื่อ …" in Buddhist-Era Bangkok time.</summary>
    public static string ApprovedLine(string? by, DateTimeOffset at)
    {
        var local = at.ToOffset(TimeSpan.FromHours(7));
        var when = $"{ThaiCalendar.FormatShort(DateOnly.FromDateTime(local.DateTime))} {ThaiDigits.ToThai(local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))} น.";
        return string.IsNullOrWhiteSpace(by) ? $"ผู้อำนวยการเขตอนุมัติเมื่อ {when}" : $"อนุมัติโดย {by} เมื่อ {when}";
    }
}
