using System.Text.RegularExpressions;
using ItaWorkflow.Domain;

namespace ItaWorkflow.Import;

/// <summary>
/// Recognises table rows that are not measures whatever their column: separators, rows of numbers (survey score
/// tables, KPI tables), the headers and headings of other tables, fragments of the plan header repeated after a page
/// break, and the rows of another table or an appendix once its header has been seen.
/// </summary>
internal static partial class RowKinds
{
    // Header words of the other tables progress reports carry (survey scores, KPIs, notes); compared as keys.
    private static readonly HashSet<string> OtherTableWords =
    [
        .. new[]
        {
            "รายละเอียด", "ปัญหา/อุปสรรค", "ปัญหาอุปสรรค", "ปัญหาและอุปสรรค", "ข้อเสนอแนะ", "หมายเหตุ", "ลำดับ", "ลำดับที่", "ที่",
            "คะแนน", "ร้อยละ", "น้อยที่สุด", "น้อย", "ปานกลาง", "มาก", "มากที่สุด", "มี", "ไม่มี", "หัวข้อการประเมิน",
            "เป้าหมาย", "ค่าเป้าหมาย", "ผลผลิต", "งบประมาณ", "ตัวชี้วัด", "ตัวชี้วัด(kpi)", "kpi", "ผล", "สถานะ", "หน่วยนับ",
            "แหล่งข้อมูล", "น้ำหนัก", "น้ำหนัก(ร้อยละ)", "คะแนนเฉลี่ย", "คะแนนที่ได้", "ผลการประเมิน", "รายการ", "ข้อคำถาม",
            "ผลการดำเนินการ", "ผลการดำเนินงาน", "ภาพกิจกรรม", "หลักฐาน", "ระยะเวลา", "ผู้รับผิดชอบ",
        }.Select(CellText.Key),
    ];

    private static readonly string[] SurveyWords = [.. new[] { "น้อยที่สุด", "มากที่สุด", "หัวข้อการประเมิน", "ค่าเป้าหมาย", "คะแนนเฉลี่ย", "kpi" }.Select(CellText.Key)];

    /// <summary>Why the row is not a measure, or null when it may be one. <paramref name="inOtherTable"/>: another table's header came before.</summary>
    public static RowKind? NotAMeasure(IReadOnlyList<string> cells, bool inOtherTable)
    {
        var filled = cells.Where(c => c.Length > 0).ToList();
        if (filled.Count == 0)
        {
            return null;
        }

        if (filled.All(c => Separator().IsMatch(c)))
        {
            return new RowKind("เส้นคั่น (a separator row)", false, false);
        }

        if (filled.All(IsNumbers) || filled.Count >= 2 && filled.Skip(1).All(IsNumbers))
        {
            return new RowKind("แถวตัวเลข เช่น ตารางคะแนนหรือตาราง KPI (a row of numbers, e.g. a score or KPI table)", false, false);
        }

        if (filled.All(c => c.Length <= 40 && OtherTableWords.Contains(CellText.Key(c))))
        {
            var survey = filled.Count >= 2 && filled.Any(c => SurveyWords.Contains(CellText.Key(c)));
            return new RowKind("หัวข้อของตารางอื่น (a heading of another table)", survey, false);
        }

        if (filled.Count >= 2 && filled.All(c => c.Length <= 80 && HeaderMatcher.RoleOf(c) is not null))
        {
            return new RowKind("ส่วนของหัวตารางที่ซ้ำ (part of a repeated header)", false, true);
        }

        return inOtherTable ? new RowKind("แถวของตารางอื่นหรือภาคผนวก (a row of another table or an appendix)", false, false) : null;
    }

    /// <summary>True for the heading that starts an appendix (ภาคผนวก, เอกสารแนบ): what follows is not the plan.</summary>
    public static bool IsAppendixHeading(string text)
    {
        var key = CellText.Key(text);
        return key.StartsWith(CellText.Key("ภาคผนวก"), StringComparison.Ordinal) || key.StartsWith(CellText.Key("เอกสารแนบ"), StringComparison.Ordinal);
    }

    private static bool IsNumbers(string cell) => Numbers().IsMatch(ThaiDigits.ToArabic(cell));

    [GeneratedRegex(@"^[\s\-–—=_.*·•~]+$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^[\s(]*(?:ร้อยละ\s*)?[0-9]+(?:[.,][0-9]+)*\s*(?:%|คะแนน|ร้อยละ)?[\s)]*(?:[-–/]\s*[0-9]+(?:[.,][0-9]+)*\s*%?[\s)]*)?$")]
    private static partial Regex Numbers();
}
