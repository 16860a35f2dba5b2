using System.Text;
using ItaWorkflow.Domain;
using ItaWorkflow.Import;
using ItaWorkflow.Tests.Deploy;

namespace ItaWorkflow.Tests.Import;

/// <summary>
/// A 6-month progress report as districts publish it (Fixtures/progress-report-6-months-fy2568.txt): four measures
/// among a survey score table, separator rows, a KPI table, headings of other tables, a page-break continuation after a
/// repeated header, a missing indicator heading and an appendix. Only the four measures may come out.
/// </summary>
public sealed class ProgressReportTests
{
    private const string FixtureName = "progress-report-6-months-fy2568.txt";

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "ItaWorkflow.UnitTests", "Import", "Fixtures", name));

    private static ImportResult Import(string text, int fiscalYear = 2568) =>
        PlanImporter.Import(Encoding.UTF8.GetBytes(text), "report.txt", "หนองแขม", fiscalYear);

    [Fact]
    public void Only_the_measures_of_a_progress_report_become_measures()
    {
        var result = Import(Fixture(FixtureName));

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal([1, 3, 4, 5], result.Draft!.Measures.Select(m => m.Indicator));
        Assert.DoesNotContain(result.Draft.Measures, m => m.Activity.Contains("รายละเอียด", StringComparison.Ordinal) || m.Issue.Contains("4.97", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_block_of_unused_text_gives_an_unaccounted_text_finding_with_its_line()
    {
        var findings = Import(Fixture(FixtureName)).Findings.Where(f => f.Code == FindingCode.UnaccountedText).ToList();

        // The score and KPI tables (from the table title), the two headings of other tables, the appendix.
        Assert.Equal([8, 17, 23], findings.Select(f => f.Row));
        Assert.Contains("7 row(s)", findings[0].MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-----\t-----\t-----\t-----\t-----\n", "separator")]
    [InlineData("ความพึงพอใจต่อการให้บริการ\t0.00\t1.20\t20.00\t78.80\t4.97\n", "numbers")]
    [InlineData("\t\t4.97\t\t\n", "numbers")]
    [InlineData("\t\tรายละเอียด\t\t\n", "another table")]
    [InlineData("หัวข้อการประเมิน\tน้อยที่สุด\tน้อย\tมาก\tมากที่สุด\tคะแนน\nความรวดเร็ว\tดี\tดี\tดีมาก\tดีมาก\n", "another table")]
    public void Rows_without_measure_text_are_not_measures(string rows, string reason)
    {
        var result = Import(
            "ตัวชี้วัด\tประเด็นที่ต้องปรับปรุง\tมาตรการ/กิจกรรม\tผลการดำเนินการ\tผู้รับผิดชอบ\n" +
            "ตัวชี้วัดที่ ๒ การใช้งบประมาณ\tเผยแพร่แผนการใช้จ่ายงบประมาณ\tจัดทำ info graphic\tเผยแพร่แล้ว\tฝ่ายคลัง\n" +
            rows);

        Assert.Single(result.Draft!.Measures);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.UnaccountedText && f.Row == 3 && f.MessageEn.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_with_only_a_responsible_cell_joins_the_measure_above()
    {
        var result = Import(
            "ตัวชี้วัด\tประเด็นที่ต้องปรับปรุง\tมาตรการ/กิจกรรม\tผู้รับผิดชอบ\n" +
            "ตัวชี้วัดที่ ๒ การใช้งบประมาณ\tเผยแพร่แผนการใช้จ่ายงบประมาณ\tจัดทำ info graphic\tฝ่ายคลัง\n" +
            "\t\t\tฝ่ายปกครอง\n");

        var measure = Assert.Single(result.Draft!.Measures);
        Assert.Equal(["ฝ่ายการคลัง", "ฝ่ายปกครอง"], measure.Divisions);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.MergedIntoPrevious && f.Row == 3);
    }

    [Fact]
    public void A_fragment_after_a_repeated_header_continues_the_row_above()
    {
        var first = Import(Fixture(FixtureName)).Draft!.Measures[0];

        Assert.Equal("อบรมมาตรฐานการให้บริการแก่เจ้าหน้าที่ประจำจุดบริการ และติดตามผลการให้บริการทุกเดือน", first.Activity);
        Assert.Equal("จัดอบรมแล้ว ๒ ครั้ง ผู้เข้าร่วม ๘๐ คน ต่อเนื่องทุกเดือน", first.ReportedProgress!.Result);
    }

    [Fact]
    public void A_header_repeated_in_part_after_a_page_break_is_a_header_and_the_fragment_after_it_continues()
    {
        var result = Import(
            "ตัวชี้วัด\tประเด็นที่ต้องปรับปรุง\tมาตรการ/กิจกรรม\tผลการดำเนินการ\tผู้รับผิดชอบ\n" +
            "ตัวชี้วัดที่ ๒ การใช้งบประมาณ\tเผยแพร่แผนการใช้จ่ายงบประมาณ\tจัดทำ info graphic\tเผยแพร่แล้ว\tฝ่ายคลัง\n" +
            "ตัวชี้วัด\tประเด็นที่ต้องปรับปรุง\t\t\t\n" +
            "\t\tสรุปการใช้งบประมาณรายไตรมาส\t\t\n");

        var measure = Assert.Single(result.Draft!.Measures);
        Assert.Equal("จัดทำ info graphic สรุปการใช้งบประมาณรายไตรมาส", measure.Activity);
        Assert.DoesNotContain(result.Findings, f => f.Code == FindingCode.UnaccountedText);
    }

    [Theory]
    [InlineData("ตัวชี้วัดที่ ๓ การใช้อำนาจ\t\t\t\n")]
    [InlineData("ตัวชี้วัดที่ ๓ การใช้อำนาจ\n")]
    public void A_fragment_never_joins_across_an_indicator_boundary(string heading)
    {
        const string Header = "ตัวชี้วัด\tประเด็นที่ต้องปรับปรุง\tมาตรการ/กิจกรรม\tผู้รับผิดชอบ\n";
        var result = Import(
            Header +
            "ตัวชี้วัดที่ ๒ การใช้งบประมาณ\tเผยแพร่แผนการใช้จ่ายงบประมาณ\tจัดทำ info graphic\tฝ่ายคลัง\n" +
            Header +
            heading +
            "\tหลักเกณฑ์การบริหารงานบุคคล\tเผยแพร่หลักเกณฑ์\t\n");

        Assert.Equal("จัดทำ info graphic", result.Draft!.Measures[0].Activity);
        Assert.Equal(3, result.Draft.Measures[^1].Indicator);
    }

    [Theory]
    [InlineData("ประเด็นที่จำเป็นต้องปรับปรุง", "มาตรการเพื่อขับเคลื่อน", "ผลการดำเนินการ", "ผู้รับผิดชอบ")]
    [InlineData("ประเด็นที่เป็นที่ต้องปรับปรุง", "มาตรการ/กิจกรรม", "ผลการดําเนินการ", "ผูร้ับผิดชอบ")]
    [InlineData("ประเด็นทีต้องปรับปรุง", "กิจกรรมที่จะดำเนินการ", "ผลการปฏิบัติงาน", "หน่วยงานรบัผิดชอบ")]
    public void Header_synonyms_and_ocr_variants_map_to_their_roles(string issue, string activity, string result, string responsible)
    {
        var imported = Import(
            $"ตัวชี้วัด\t{issue}\t{activity}\t{result}\t{responsible}\tระยะเวลา\n" +
            "ตัวชี้วัดที่ ๒ การใช้งบประมาณ\tเผยแพร่แผน\tจัดทำ info graphic\tเผยแพร่แล้ว\tฝ่ายคลัง\t๓๐ มี.ค. ๖๘\n");

        var measure = Assert.Single(imported.Draft!.Measures);
        Assert.Equal(("เผยแพร่แผน", "จัดทำ info graphic", "เผยแพร่แล้ว"), (measure.Issue, measure.Activity, measure.ReportedProgress!.Result));
        Assert.Equal(["ฝ่ายการคลัง"], measure.Divisions);
        Assert.Equal(new DateOnly(2025, 3, 30), measure.Deadline.Date);
    }

    [Fact]
    public void An_unmapped_column_that_holds_text_is_a_warning()
    {
        var finding = Assert.Single(Import(Fixture(FixtureName)).Findings, f => f.Code == FindingCode.ColumnIgnored);

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("หมายเหตุ", finding.Column);
    }

    [Fact]
    public void Results_problems_and_evidence_stated_in_the_report_become_imported_progress()
    {
        var first = Import(Fixture(FixtureName)).Draft!.Measures[0];

        Assert.Equal(new ReportedProgress("จัดอบรมแล้ว ๒ ครั้ง ผู้เข้าร่วม ๘๐ คน ต่อเนื่องทุกเดือน", "เจ้าหน้าที่ติดภารกิจ", [], Imported: true),
            first.ReportedProgress! with { EvidenceUrls = [] });
        Assert.True(first.ReportedProgress!.Imported);
    }

    [Theory]
    [InlineData("I๒๑ การยืมทรัพย์สิน (กทม. ๘๘.๑๐ คะแนน)", null)]
    [InlineData("I๒๑ การยืมทรัพย์สิน ๘๕.๒๐ คะแนน (ค่าเฉลี่ย กทม. ๘๘.๑๐ คะแนน)", "85.20")]
    [InlineData("I๒๑ การยืมทรัพย์สิน (กรุงเทพมหานคร ๙๐ คะแนน) ๘๑ คะแนน", "81")]
    public void A_bangkok_wide_score_is_not_the_districts_own(string first, string? expected)
    {
        var measure = Assert.Single(Import(
            "ตัวชี้วัด\tประเด็นที่ต้องปรับปรุง\tมาตรการ/กิจกรรม\tผู้รับผิดชอบ\n" +
            $"{first}\tขั้นตอนการยืมไม่ชัดเจน\tจัดทำคู่มือ\tฝ่ายคลัง\n").Draft!.Measures);

        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), measure.Score);
    }
}
