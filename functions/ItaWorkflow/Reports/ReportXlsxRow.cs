using System.Globalization;

namespace ItaWorkflow.Reports;

/// <summary>One measure as a row of the report workbook; values are text here, the percentage is written as a number.</summary>
public sealed record ReportXlsxRow(
    string MeasureId,
    string Tool,
    string Indicator,
    string QuestionCodes,
    string Issue,
    string Activity,
    string Result,
    string Problems,
    string Percent,
    string Divisions,
    string Status,
    string EvidenceLinks)
{
    /// <summary>The zero-based column of the percentage, written as a number cell.</summary>
    public const int PercentColumn = 8;

    /// <summary>Column headings, in column order.</summary>
    public static IReadOnlyList<string> Headings { get; } =
    [
        "รหัสมาตรการ", "แบบวัด", "ตัวชี้วัด", "ประเด็นการประเมิน", "ประเด็นที่ต้องปรับปรุง", "มาตรการ/กิจกรรม",
        "ผลการดำเนินการ", "ปัญหา/อุปสรรค", "ร้อยละความคืบหน้า", "ผู้รับผิดชอบ", "สถานะ", "หลักฐาน",
    ];

    /// <summary>The workbook row of a report row; multi-valued fields are one item per line.</summary>
    public static ReportXlsxRow From(ReportRow row) => new(
        ThaiText.Clean(row.MeasureId),
        ReportText.ToolCode(row.Tool),
        ReportText.IndicatorHeading(row.Indicator),
        ThaiText.Clean(string.Join(", ", row.QuestionCodes)),
        ThaiText.Clean(row.Issue),
        ThaiText.Clean(row.Activity),
        ThaiText.Clean(row.Result),
        ThaiText.Clean(row.Problems),
        row.Percent?.ToString("0.##", CultureInfo.InvariantCulture) ?? "",
        ThaiText.Clean(string.Join("\n", row.Divisions)),
        ReportText.StatusName(row.Status),
        ThaiText.Clean(string.Join("\n", row.Evidence.Select(EvidenceLine))));

    // Uploaded files by name; a storage or admin address is no use to the reader of the workbook either.
    private static string EvidenceLine(EvidenceItem item) =>
        PublicLink.IsPublic(item.Url) ? item.Url.Trim() : string.IsNullOrWhiteSpace(item.FileName) ? "" : item.FileName.Trim();

    /// <summary>The values in column order.</summary>
    public IReadOnlyList<string> Values() =>
        [MeasureId, Tool, Indicator, QuestionCodes, Issue, Activity, Result, Problems, Percent, Divisions, Status, EvidenceLinks];

    /// <summary>A row from values in column order; missing trailing values are empty.</summary>
    public static ReportXlsxRow FromValues(IReadOnlyList<string> values)
    {
        string At(int i) => i < values.Count ? values[i] : "";
        return new(At(0), At(1), At(2), At(3), At(4), At(5), At(6), At(7), At(8), At(9), At(10), At(11));
    }
}
