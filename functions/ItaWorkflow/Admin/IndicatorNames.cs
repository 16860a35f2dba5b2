namespace ItaWorkflow.Admin;

/// <summary>Thai names of the ten ITA indicators (DESIGN.md).</summary>
public static class IndicatorNames
{
    private static readonly string[] Names =
    [
        "การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต",
        "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร", "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล", "การป้องกันการทุจริต",
    ];

    public static string Of(int indicator) =>
        indicator is >= 1 and <= 10 ? $"{indicator} {Names[indicator - 1]}" : "แผน (plan)";
}
