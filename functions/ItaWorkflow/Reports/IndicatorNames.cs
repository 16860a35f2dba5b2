namespace ItaWorkflow.Reports;

/// <summary>
/// Thai names of the ITA tools and indicators as district reports print them. Kept in one place so it can be
/// replaced by the shared ITA catalog.
/// </summary>
public static class IndicatorNames
{
    private static readonly IReadOnlyDictionary<int, string> Indicators = new Dictionary<int, string>
    {
        [1] = "การปฏิบัติหน้าที่",
        [2] = "การใช้งบประมาณ",
        [3] = "การใช้อำนาจ",
        [4] = "การใช้ทรัพย์สินของราชการ",
        [5] = "การแก้ไขปัญหาการทุจริต",
        [6] = "คุณภาพการดำเนินงาน",
        [7] = "ประสิทธิภาพการสื่อสาร",
        [8] = "การปรับปรุงระบบการทำงาน",
        [9] = "การเปิดเผยข้อมูล",
        [10] = "การป้องกันการทุจริต",
    };

    /// <summary>The tool an indicator belongs to: 1–5 IIT, 6–8 EIT, 9–10 OIT.</summary>
    public static ItaTool ToolOf(int indicator) => indicator switch
    {
        >= 1 and <= 5 => ItaTool.Iit,
        >= 6 and <= 8 => ItaTool.Eit,
        9 or 10 => ItaTool.Oit,
        _ => ItaTool.Unclassified,
    };

    /// <summary>The indicator's Thai name, e.g. 2 → การใช้งบประมาณ; empty for an unknown number.</summary>
    public static string NameOf(int indicator) => Indicators.TryGetValue(indicator, out var name) ? name : "";

    /// <summary>The group heading of an indicator, e.g. ตัวชี้วัดที่ 2 การใช้งบประมาณ (Arabic digits; writers convert).</summary>
    public static string HeadingOf(int indicator) =>
        Indicators.ContainsKey(indicator) ? $"ตัวชี้วัดที่ {indicator} {NameOf(indicator)}" : "ตัวชี้วัดอื่น ๆ";

    /// <summary>The group heading of a tool as the seeds print it, e.g. แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT).</summary>
    public static string HeadingOf(ItaTool tool) => tool switch
    {
        ItaTool.Iit => "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
        ItaTool.Eit => "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
        ItaTool.Oit => "แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)",
        _ => "ไม่ระบุแบบวัด",
    };

    /// <summary>Short code of a tool: IIT, EIT, OIT.</summary>
    public static string CodeOf(ItaTool tool) => tool switch
    {
        ItaTool.Iit => "IIT",
        ItaTool.Eit => "EIT",
        ItaTool.Oit => "OIT",
        _ => "-",
    };
}
