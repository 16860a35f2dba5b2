namespace ItaWorkflow.Import;

/// <summary>
/// The divisions common to Bangkok district offices, with the spellings met in real plans.
/// Used when the importer is given no district directory.
/// </summary>
public static class DefaultDivisions
{
    /// <summary>The default catalog, in the order divisions are usually listed.</summary>
    public static IReadOnlyList<DivisionCatalog> All { get; } =
    [
        new("กลุ่มงานบริหารทั่วไป", ["ฝ่ายบริหารงานทั่วไป", "ฝ่ายบริหารทั่วไป", "กลุ่มงานบริหารงานทั่วไป"]),
        new("ฝ่ายปกครอง", []),
        new("ฝ่ายทะเบียน", []),
        new("ฝ่ายการคลัง", ["ฝ่ายคลัง"]),
        new("ฝ่ายรายได้", []),
        new("ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", ["ฝ่ายพัฒนาชุมชน", "ฝ่ายพัฒนาชุมชนฯ", "ฝ่ายพัฒนาชุมชนและสวัสดิการ"]),
        new("ฝ่ายโยธา", []),
        new("ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", ["ฝ่ายสิ่งแวดล้อม", "ฝ่ายสิ่งแวดล้อมฯ", "ฝ่ายสุขาภิบาล"]),
        new("ฝ่ายรักษาความสะอาดและสวนสาธารณะ", ["ฝ่ายรักษาความสะอาด", "ฝ่ายรักษาความสะอาดฯ", "ฝ่ายรักษาความสะอาดและสวน"]),
        new("ฝ่ายเทศกิจ", []),
        new("ฝ่ายการศึกษา", []),
        new("ฝ่ายป้องกันและบรรเทาสาธารณภัย", ["ฝ่ายงานป้องกันและบรรเทาสาธารณภัย", "งานป้องกันและบรรเทาสาธารณภัย", "ฝ่ายป้องกันฯ"]),
    ];
}
