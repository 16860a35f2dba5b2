using System.Text;
using ItaWorkflow.Domain.Ita;
using ItaWorkflow.Import;

namespace ItaWorkflow.Tests.Import;

/// <summary>
/// Question codes as OCR leaves them (I read as 1 or ๑, bullets, bare numbers, Thai and Arabic digits), decided by the
/// question ranges of the row's indicator in the plan year's question set; indicator headings that are missing.
/// </summary>
public sealed class QuestionCodeTests
{
    private const string Header = "ตัวชี้วัด\tประเด็นที่ต้องปรับปรุง\tมาตรการ/กิจกรรม\tผู้รับผิดชอบ\n";

    private static ImportResult Import(int fiscalYear, params string[] rows) =>
        PlanImporter.Import(Encoding.UTF8.GetBytes(Header + string.Concat(rows.Select(r => r + "\n"))), "plan.txt", "หนองแขม", fiscalYear);

    private static string Row(string first) => $"{first} ข้อคำถาม\tประเด็น\tกิจกรรม\tฝ่ายปกครอง";

    // FY2568 plans answer ITA 2567: IIT I1–I30, six per indicator.
    [Theory]
    [InlineData(2568, "ตัวชี้วัดที่ ๓ การใช้อำนาจ", "๑๓", "I13")]
    [InlineData(2568, "ตัวชี้วัดที่ ๓ การใช้อำนาจ", "13", "I13")]
    [InlineData(2568, "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", "13", "I3")]
    [InlineData(2568, "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", "1๓", "I3")]
    [InlineData(2568, "ตัวชี้วัดที่ ๓ การใช้อำนาจ", "- ๑๓", "I13")]
    [InlineData(2568, "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ", "๒๑", "I21")]
    [InlineData(2568, "ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต", "1๒๘", "I28")]
    [InlineData(2568, "ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต", "I๓๐", "I30")]
    // FY2567 plans answer ITA 2566 (Nong Khaem's analysis): I8–I11 under indicator 2, so "11" is I11 there, not I1.
    [InlineData(2567, "ตัวชี้วัดที่ ๒ การใช้งบประมาณ", "11", "I11")]
    [InlineData(2567, "ตัวชี้วัดที่ ๒ การใช้งบประมาณ", "110", "I10")]
    [InlineData(2567, "ตัวชี้วัดที่ ๓ การใช้อำนาจ", "112", "I12")]
    [InlineData(2567, "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", "๑๗", "I7")]
    public void Mangled_codes_are_read_by_the_ranges_of_the_rows_indicator(int fiscalYear, string heading, string code, string expected)
    {
        var result = Import(fiscalYear, $"{heading}\t\t\t", Row(code));

        var measure = Assert.Single(result.Draft!.Measures);
        Assert.Equal([expected], measure.QuestionCodes);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.QuestionCodeRepaired || code.StartsWith('I'));
    }

    [Theory]
    [InlineData("ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต", "13")]
    [InlineData("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", "99")]
    public void A_code_that_fits_no_range_is_a_finding_never_a_guess(string heading, string code)
    {
        var result = Import(2568, $"{heading}\t\t\t", Row(code));

        Assert.Empty(Assert.Single(result.Draft!.Measures).QuestionCodes);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.QuestionCodeInvalid && f.Row == 3);
    }

    [Fact]
    public void A_code_of_another_years_question_set_is_a_finding()
    {
        // I28 exists from ITA 2567 on; a FY2567 plan answers ITA 2566, which had 25 IIT questions.
        var result = Import(2567, "ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต\t\t\t", Row("I๒๘"));

        Assert.Empty(Assert.Single(result.Draft!.Measures).QuestionCodes);
        var finding = Assert.Single(result.Findings, f => f.Code == FindingCode.QuestionSetContradicted);
        Assert.Contains("ITA 2567+", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void When_an_indicator_heading_is_missing_the_codes_decide_and_a_finding_says_so()
    {
        var result = Import(2568,
            "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ\t\t\t",
            Row("I๒๐"),
            Row("I๒๕"),
            Row("I๒๖"));

        Assert.Equal([4, 5, 5], result.Draft!.Measures.Select(m => m.Indicator));
        var finding = Assert.Single(result.Findings, f => f.Code == FindingCode.IndicatorFromCodes);
        Assert.Equal(4, finding.Row);
    }

    [Fact]
    public void Eit_and_oit_codes_keep_their_letters_and_ranges()
    {
        var result = Import(2568,
            "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร\t\t\t",
            Row("E๑๐"),
            "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\t\t\t",
            Row("0๑๓"));

        Assert.Equal(["E10", "O13"], result.Draft!.Measures.SelectMany(m => m.QuestionCodes));
    }

    [Theory]
    [InlineData("I๗", new[] { "I7" })]
    [InlineData("๑๗", new string[0])]
    public void Codes_that_fit_the_heading_only_in_another_years_set_are_a_finding_and_the_heading_stays(string code, string[] kept)
    {
        // In ITA 2567 (FY2568 plans) I7 belongs to indicator 2; under ITA 2566 it was indicator 1.
        var result = Import(2568, "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่\t\t\t", Row(code));

        var measure = Assert.Single(result.Draft!.Measures);
        Assert.Equal(1, measure.Indicator);
        Assert.Equal(kept, measure.QuestionCodes);
        Assert.Single(result.Findings, f => f.Code == FindingCode.QuestionSetContradicted);
        Assert.DoesNotContain(result.Findings, f => f.Code is FindingCode.IndicatorFromCodes or FindingCode.QuestionIndicatorMismatch);
    }

    [Fact]
    public void Codes_written_with_their_letter_inside_the_text_use_the_plan_years_set()
    {
        var result = Import(2568, "ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต\t\t\t", "ข้อคำถาม I๒๘ และ I๒๙ ผู้บริหาร\tประเด็น\tกิจกรรม\tฝ่ายปกครอง");

        Assert.Equal(["I28", "I29"], Assert.Single(result.Draft!.Measures).QuestionCodes);
    }
}
