using ItaWorkflow.Domain;
using ItaWorkflow.Domain.Ita;

namespace ItaWorkflow.Reports;

/// <summary>The Thai wording of the report documents (title block, column headings, statuses, signature).</summary>
public static class ReportText
{
    public const string Title = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";

    public const string OfficePrefix = "สำนักงานเขต";

    public const string DirectorPrefix = "ผู้อำนวยการเขต";

    /// <summary>Column headings of the published table, in order; <see cref="OutputHeading"/> only when a row has an output.</summary>
    public static IReadOnlyList<string> ColumnHeadings { get; } =
    [
        QuestionHeading,
        "ประเด็นที่ต้องปรับปรุง",
        "มาตรการ/แนวทาง",
        "ผลการดำเนินการ",
        OutputHeading,
        "ระยะเวลา",
        "ผู้รับผิดชอบ",
        "ปัญหาอุปสรรค / ข้อเสนอแนะ",
    ];

    public const string QuestionHeading = "ตัวชี้วัด/ข้อคำถาม";

    public const string OutputHeading = "ผลผลิต/ตัวชี้วัด";

    public const string EvidenceLabel = "หลักฐาน: ";

    public const string SignatureLine = "ลงชื่อ ..................................................";

    public const string BlankName = "(..................................................)";

    public const string ReporterPosition = "ผู้รายงาน";

    public const string AllDivisions = "ทุกฝ่าย";

    /// <summary>What the result column says when nothing was reported in the round.</summary>
    public const string NoResultYet = "อยู่ระหว่างดำเนินการ ยังไม่มีผลการดำเนินการที่รายงานในรอบนี้";

    /// <summary>Marks a result carried over from the progress report imported with the plan.</summary>
    public const string ImportedResultNote = "(ผลจากรายงานฉบับก่อน นำเข้าเมื่อจัดทำแผน)";

    /// <summary>What the result column says when the result awaits the director's approval.</summary>
    public const string ResultAwaitingApproval = "อยู่ระหว่างดำเนินการ ผลการดำเนินการอยู่ระหว่างการพิจารณาของผู้บังคับบัญชา";

    /// <summary>วันที่ ๕ เมษายน ๒๕๖๗, or a dotted line to fill in by hand until the director approves.</summary>
    public static string ApprovalDateLine(DateOnly? approvedOn) =>
        approvedOn is { } date ? "วันที่ " + ThaiCalendar.FormatLong(date) : "วันที่ ........ เดือน .................... พ.ศ. ............";

    /// <summary>
    /// The responsible column: the plan's divisions with the lead first; a list naming every division of the office
    /// becomes ทุกฝ่าย once (after the lead when the plan put one first).
    /// </summary>
    public static IReadOnlyList<string> Responsible(IReadOnlyList<string> divisions, IReadOnlyList<string> allDivisions)
    {
        var named = divisions.Select(d => ThaiText.Clean(d).Trim()).Where(d => d.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var everyDivision = allDivisions.Count > 0 && allDivisions.All(a => named.Contains(a, StringComparer.Ordinal));
        if (named.Any(d => d == AllDivisions) || everyDivision)
        {
            var lead = named.FirstOrDefault(d => d != AllDivisions);
            var leadIsChosen = lead is not null && (!everyDivision || lead != allDivisions[0]);
            return leadIsChosen ? [lead!, "และ" + AllDivisions] : [AllDivisions];
        }

        return named;
    }

    /// <summary>The timeframe column: the plan's deadline wording, or the round's months when the plan gives none.</summary>
    public static string Timeframe(string deadline, DateOnly periodStart, DateOnly periodEnd)
    {
        var text = ThaiText.Clean(deadline).Trim();
        return ThaiText.ToThaiDigits(text.Length > 0
            ? text
            : $"{ThaiCalendar.Month(periodStart.Month).Abbreviation} {ThaiCalendar.ToBuddhistYear(periodStart.Year) % 100} – {ThaiCalendar.Month(periodEnd.Month).Abbreviation} {ThaiCalendar.ToBuddhistYear(periodEnd.Year) % 100}");
    }

    /// <summary>สำนักงานเขตบางเขน, tolerating a district name that already carries the prefix.</summary>
    public static string OfficeName(string district) =>
        district.StartsWith(OfficePrefix, StringComparison.Ordinal) ? district : OfficePrefix + district;

    /// <summary>ผู้อำนวยการเขตบางเขน.</summary>
    public static string DirectorPosition(string district)
    {
        var name = district.StartsWith(OfficePrefix, StringComparison.Ordinal) ? district[OfficePrefix.Length..] : district;
        return DirectorPrefix + name;
    }

    /// <summary>ประจำปีงบประมาณ พ.ศ. ๒๕๖๗.</summary>
    public static string FiscalYearLine(FiscalYear fiscalYear) =>
        ThaiDigits.ToThai($"ประจำปีงบประมาณ พ.ศ. {fiscalYear.BuddhistYear}");

    /// <summary>รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗).</summary>
    public static string RoundLine(ReportRound round, DateOnly start, DateOnly end) =>
        $"{RoundName(round)} ({ThaiCalendar.FormatLong(start)} – {ThaiCalendar.FormatLong(end)})";

    /// <summary>รอบ ๖ เดือน or รอบ ๑๒ เดือน.</summary>
    public static string RoundName(ReportRound round) => round == ReportRound.FirstHalf ? "รอบ ๖ เดือน" : "รอบ ๑๒ เดือน";

    /// <summary>The whole title as one line (used for document properties and file listings).</summary>
    public static string FullTitle(SemiAnnualReport report) =>
        $"{Title} {OfficeName(report.District)} {FiscalYearLine(report.FiscalYear)} {RoundLine(report.Round, report.PeriodStart, report.PeriodEnd)}";

    /// <summary>
    /// The group heading of a tool, e.g. แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT); ไม่ระบุแบบวัด for measures whose
    /// indicator is not 1–10.
    /// </summary>
    public static string ToolHeading(ItaTool? tool) => tool is { } t ? ItaModel.Tool(t).ThaiName : "ไม่ระบุแบบวัด";

    /// <summary>Short code of a tool for the workbook: IIT, EIT, OIT, or - when the indicator is not 1–10.</summary>
    public static string ToolCode(ItaTool? tool) => tool is { } t ? ItaModel.Tool(t).Code : "-";

    /// <summary>The group heading of an indicator, e.g. ตัวชี้วัดที่ 2 การใช้งบประมาณ (Arabic digits; writers convert).</summary>
    public static string IndicatorHeading(int indicator) => ItaModel.FindIndicator(indicator)?.Heading ?? "ตัวชี้วัดอื่น ๆ";

    /// <summary>ตัวชี้วัดที่ ๒ การใช้งบประมาณ (คะแนนตัวชี้วัด ๘๑.๑๐ คะแนน), in Thai digits.</summary>
    public static string IndicatorHeading(int indicator, decimal? indicatorScore) =>
        ThaiDigits.ToThai(IndicatorHeading(indicator)
            + (indicatorScore is { } s ? $" (คะแนนตัวชี้วัด {s.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} คะแนน)" : ""));

    /// <summary>Status wording for the status column of the XLSX and for rows without an approved result.</summary>
    public static string StatusName(ReportRowStatus status) => status switch
    {
        ReportRowStatus.Approved => "ผ่านความเห็นชอบแล้ว",
        ReportRowStatus.MissingProgress => "ยังไม่มีรายงานผลการดำเนินการ",
        ReportRowStatus.Unapproved => "รายงานผลยังไม่ได้รับความเห็นชอบ",
        ReportRowStatus.Imported => "ผลจากรายงานฉบับก่อน นำเข้าเมื่อจัดทำแผน",
        _ => status.ToString(),
    };

    /// <summary>
    /// The indicator-and-question cell: one line per question (code and wording when known) with the score the plan
    /// gives for them; ตัวชี้วัดที่ ๒ when the plan names no question, so a page that starts mid-indicator still says which.
    /// </summary>
    public static IReadOnlyList<string> QuestionLines(ReportRow row)
    {
        var wordings = row.QuestionWordings ?? new Dictionary<string, string>();
        var lines = row.QuestionCodes
            .Select(code => ThaiText.Clean(code).Trim())
            .Where(code => code.Length > 0)
            .Select(code => wordings.TryGetValue(code, out var wording) ? $"{code} {ThaiText.Clean(wording).Trim()}" : code)
            .ToList();
        if (lines.Count == 0)
        {
            return [ThaiDigits.ToThai($"ตัวชี้วัดที่ {row.Indicator}")];
        }

        // Codes without wording share one line, runs as ranges (O1 – O17), so a long list of OIT items stays short.
        var compact = new List<string>();
        var bare = lines.Where(l => !l.Contains(' ', StringComparison.Ordinal)).ToList();
        if (bare.Count > 0)
        {
            compact.Add(CodeRanges(bare));
        }

        compact.AddRange(lines.Where(l => l.Contains(' ', StringComparison.Ordinal)));
        if (row.Score is { } score)
        {
            compact.Add($"(คะแนน {score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)})");
        }

        return [.. compact.Select(ThaiText.ToThaiDigits)];
    }

    /// <summary>O1 – O17, I8: consecutive question codes of one tool as ranges, others as listed.</summary>
    public static string CodeRanges(IReadOnlyList<string> codes)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < codes.Count)
        {
            var j = i;
            while (j + 1 < codes.Count
                && QuestionCode.TryParse(codes[j], out var current) && QuestionCode.TryParse(codes[j + 1], out var next)
                && next.Tool == current.Tool && next.Number == current.Number + 1)
            {
                j++;
            }

            parts.Add(j - i >= 2 ? $"{codes[i]} – {codes[j]}" : string.Join(", ", codes.Skip(i).Take(j - i + 1)));
            i = j + 1;
        }

        return string.Join(", ", parts);
    }

    /// <summary>(ข้อมูล ณ ๓๑ มี.ค. ๒๕๖๗).</summary>
    public static string AsOf(DateOnly date) => $"(ข้อมูล ณ {ThaiCalendar.FormatShort(date)})";

    /// <summary>ความคืบหน้าร้อยละ ๘๐.</summary>
    public static string PercentDone(decimal percent) =>
        ThaiDigits.ToThai("ความคืบหน้าร้อยละ " + percent.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
}
