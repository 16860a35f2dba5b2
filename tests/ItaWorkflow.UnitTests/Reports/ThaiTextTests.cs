using ItaWorkflow.Domain.Ita;
using ItaWorkflow.Reports;

namespace ItaWorkflow.Tests.Reports;

public sealed class ThaiTextTests
{
    [Fact]
    public void Digits_become_Thai_but_web_addresses_keep_theirs()
    {
        Assert.Equal("ร้อยละ ๘๐ ดู https://bk.go.th/2567/a1 และ www.x1.th ครั้งที่ ๒",
            ThaiText.ToThaiDigits("ร้อยละ 80 ดู https://bk.go.th/2567/a1 และ www.x1.th ครั้งที่ 2"));
    }

    [Fact]
    public void Clean_strips_characters_xml_cannot_carry_and_normalises_line_breaks()
    {
        Assert.Equal("ab\nc\nd e\U0001F600", ThaiText.Clean("a\u0000b\r\nc\rd\te\u0001\uFFFE\uD800\U0001F600"));
    }

    [Fact]
    public void Title_lines_match_the_published_wording()
    {
        var report = ReportFixtures.BangKhenReport();

        Assert.Equal(
            "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน สำนักงานเขตบางเขน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗)",
            ReportText.FullTitle(report));
    }

    [Fact]
    public void Full_year_title_says_twelve_months_to_September()
    {
        Assert.Equal(
            "รอบ ๑๒ เดือน (๑ ตุลาคม ๒๕๖๖ – ๓๐ กันยายน ๒๕๖๗)",
            ReportText.RoundLine(ReportRound.FullYear, new DateOnly(2023, 10, 1), new DateOnly(2024, 9, 30)));
    }

    [Fact]
    public void Tool_and_indicator_headings_come_from_the_catalog_with_catch_alls_for_unknown_indicators()
    {
        Assert.Equal("แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)", ReportText.ToolHeading(ItaTool.Oit));
        Assert.Equal("ไม่ระบุแบบวัด", ReportText.ToolHeading(null));
        Assert.Equal("EIT", ReportText.ToolCode(ItaTool.Eit));
        Assert.Equal("-", ReportText.ToolCode(null));
        Assert.Equal("ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ", ReportText.IndicatorHeading(4));
        Assert.Equal("ตัวชี้วัดอื่น ๆ", ReportText.IndicatorHeading(0));
    }
}
