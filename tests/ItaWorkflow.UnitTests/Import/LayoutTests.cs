using System.Text;
using ItaWorkflow.Domain;
using ItaWorkflow.Import;

namespace ItaWorkflow.Tests.Import;

public sealed class LayoutTests
{
    private static ImportResult ImportText(string text, string name = "plan.txt") =>
        PlanImporter.Import(Encoding.UTF8.GetBytes(text), name, "หนองแขม", 2567);

    [Fact]
    public void Progress_report_with_guideline_columns_gives_measures_with_initial_progress()
    {
        var result = ImportText(
            "ตัวชี้วัด\tแนวทางการปฏิบัติ\tมาตรการเพื่อขับเคลื่อน\tผลการดำเนินการ\tผู้รับผิดชอบ\n" +
            "ตัวชี้วัดที่ ๒ การใช้งบประมาณ\tเผยแพร่แผนการใช้จ่ายงบประมาณ\tจัดทำ info graphic\tเผยแพร่แล้วเมื่อ ๑๕ ม.ค. ๖๗\tฝ่ายคลัง\n" +
            "\tจัดทำคู่มือการเบิกจ่าย\tประชุมชี้แจง\tดำเนินการแล้ว ๑ ครั้ง\tฝ่ายการคลัง\n");

        var measures = result.Draft!.Measures;
        Assert.Equal(2, measures.Count);
        Assert.All(measures, m => Assert.Equal(2, m.Indicator));
        Assert.Equal("เผยแพร่แผนการใช้จ่ายงบประมาณ", measures[0].Issue);
        Assert.Equal("เผยแพร่แล้วเมื่อ ๑๕ ม.ค. ๖๗", measures[0].ReportedProgress!.Result);
        Assert.Equal(["ฝ่ายการคลัง"], measures[1].Divisions);
        Assert.Equal("ดำเนินการแล้ว ๑ ครั้ง", measures[1].ReportedProgress!.Result);
    }

    [Fact]
    public void Progress_report_with_evidence_column_keeps_links_as_evidence()
    {
        var result = ImportText(
            "ประเด็นการประเมิน\tประเด็นที่ต้องปรับปรุง/ยกระดับการพัฒนา\tมาตรการ/กิจกรรม ในการพัฒนา\tผลการดำเนินการตามมาตรการ รอบ ๖ เดือน\tภาพกิจกรรม/หลักฐาน\n" +
            "E๑๐ การเผยแพร่ผลการดำเนินงาน (๗๒.๓๙ คะแนน)\tการสื่อสารยังไม่ชัดเจน\t<p>เผยแพร่ผลการดำเนินงานทุกเดือน</p>\t<p>เผยแพร่แล้ว ๖ ครั้ง</p>\t<a href=\"https://www.bangkok.go.th/nongkhaem/x\">ภาพ</a>\n");

        var measure = Assert.Single(result.Draft!.Measures);
        Assert.Equal(7, measure.Indicator);
        Assert.Equal(["E10"], measure.QuestionCodes);
        Assert.Equal(72.39m, measure.Score);
        Assert.Equal("เผยแพร่แล้ว ๖ ครั้ง", measure.ReportedProgress!.Result);
        Assert.Equal(["https://www.bangkok.go.th/nongkhaem/x"], measure.ReportedProgress.EvidenceUrls);
    }

    [Fact]
    public void Columns_are_found_by_header_not_position_and_tolerate_stray_spaces()
    {
        var result = ImportText(
            "ผู้รับ ผิดชอบ\tระยะเวลา แล้วเสร็จ\tมาตรการ / กิจกรรม\tตัว ชี้วัด\tการกำกับ ติดตาม\n" +
            "ฝ่ายสิ่งแวดล้อม ฯ\t๓๐ ก.ย. ๖๗\tลดขั้นตอนการขออนุญาต\t๘) การปรับปรุงระบบการทำงาน\tทุก ๓ เดือน\n");

        var measure = Assert.Single(result.Draft!.Measures);
        Assert.Equal(8, measure.Indicator);
        Assert.Equal(["ฝ่ายสิ่งแวดล้อมและสุขาภิบาล"], measure.Divisions);
        Assert.Equal(new DateOnly(2024, 9, 30), measure.Deadline.Date);
        Assert.Equal(new FollowUpCadence(3), measure.Cadence);
    }

    [Fact]
    public void Unknown_division_is_a_finding_not_a_new_division()
    {
        var result = ImportText(
            "ตัวชี้วัด\tมาตรการ/กิจกรรม\tผู้รับผิดชอบ\tการกำกับติดตาม\n" +
            "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\tอบรมเจ้าหน้าที่\tฝ่ายปกครอง ฝ่ายแผนงานพิเศษ\tทุกเดือน\n");

        var measure = Assert.Single(result.Draft!.Measures);
        Assert.Equal(["ฝ่ายปกครอง"], measure.Divisions);
        var finding = Assert.Single(result.Findings, f => f.Code == FindingCode.DivisionUnknown);
        Assert.Equal(2, finding.Row);
        Assert.Equal("ผู้รับผิดชอบ", finding.Column);
        Assert.Contains("ฝ่ายแผนงานพิเศษ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void District_directory_replaces_the_default_divisions()
    {
        var options = new ImportOptions { Divisions = [new DivisionCatalog("ฝ่ายปกครอง", ["งานปกครอง"]), new DivisionCatalog("ฝ่ายโยธา", [])] };
        var text = "ตัวชี้วัด\tมาตรการ/กิจกรรม\tผู้รับผิดชอบ\n๑) การปฏิบัติหน้าที่\tอบรม\tทุกฝ่าย\n\tประชุม\tงานปกครอง\n";

        var measures = PlanImporter.Import(Encoding.UTF8.GetBytes(text), "plan.txt", "หนองแขม", 2567, options).Draft!.Measures;

        Assert.Equal(["ฝ่ายปกครอง", "ฝ่ายโยธา"], measures[0].Divisions);
        Assert.Equal(["ฝ่ายปกครอง"], measures[1].Divisions);
    }

    [Fact]
    public void Csv_with_quoted_cells_is_read_like_text_tables()
    {
        var result = ImportText(
            "ตัวชี้วัด,ประเด็นที่ต้องปรับปรุง,มาตรการ/กิจกรรม,ผู้รับผิดชอบ,การกำกับติดตาม\n" +
            "\"ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล\",\"O๑๒ ข้อมูลสถิติ, รายเดือน\",\"- รวบรวมสถิติ\n- เผยแพร่บนเว็บไซต์\",ฝ่ายรายได้,ทุก ๖ เดือน\n",
            "plan.csv");

        var measure = Assert.Single(result.Draft!.Measures);
        Assert.Equal("csv", result.Stats.Format);
        Assert.Equal(["O12"], measure.QuestionCodes);
        Assert.Equal("- รวบรวมสถิติ\n- เผยแพร่บนเว็บไซต์", measure.Activity);
        Assert.Equal(FollowUpCadence.SemiAnnual, measure.Cadence);
    }

    [Fact]
    public void Html_lists_become_list_items()
    {
        var result = ImportText(
            "ตัวชี้วัด\tมาตรการ/กิจกรรม\tผู้รับผิดชอบ\n" +
            "ตัวชี้วัดที่ 3 การใช้อำนาจ\t<p>จัดทำหลักเกณฑ์</p><ul><li>การสรรหา</li><li>การแต่งตั้ง &amp; โยกย้าย</li></ul>\t<b>ฝ่ายปกครอง</b>\n");

        Assert.Equal("จัดทำหลักเกณฑ์\n- การสรรหา\n- การแต่งตั้ง & โยกย้าย", Assert.Single(result.Draft!.Measures).Activity);
    }
}
