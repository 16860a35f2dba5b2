using ItaWorkflow.Domain;
using ItaWorkflow.Import;

namespace ItaWorkflow.Tests.Import;

/// <summary>
/// The three real plans. A measure is one activity row of the plan table after page-break continuations are
/// joined and rows without an activity of their own (vertically merged cells) are folded into the measure above
/// (docs/decisions/0003-import-row-model.md). The expected counts below were checked row by row against the files.
/// </summary>
public sealed class SeedImportTests
{
    [Theory]
    [InlineData(Seeds.NongKhaem, 31)]
    [InlineData(Seeds.PathumWan, 11)]
    [InlineData(Seeds.BangKhen, 60)]
    public void Seed_imports_one_measure_per_activity_row(string seed, int expected)
    {
        var result = Seeds.Import(seed);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(expected, result.Draft!.Measures.Count);
        Assert.Equal([.. Enumerable.Range(1, expected).Select(i => $"M{i:00}")], result.Draft.Measures.Select(m => m.Id));
    }

    [Theory]
    [InlineData(Seeds.NongKhaem, new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })]
    [InlineData(Seeds.PathumWan, new[] { 2, 3, 6, 7, 8, 9 })]
    [InlineData(Seeds.BangKhen, new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })]
    public void Seed_covers_the_indicators_its_plan_addresses(string seed, int[] indicators)
    {
        var measures = Seeds.Import(seed).Draft!.Measures;

        Assert.Equal(indicators, measures.Select(m => m.Indicator).Distinct().Order());
    }

    [Fact]
    public void Nong_khaem_results_section_is_skipped_and_the_plan_starts_with_the_service_point_measure()
    {
        var result = Seeds.Import(Seeds.NongKhaem);
        var first = result.Draft!.Measures[0];

        Assert.Equal(1, first.Indicator);
        Assert.Equal(92.35m, first.Score);
        Assert.Equal("พัฒนาจุดบริการ ศูนย์ราชการฉับไว ใสสะอาด", first.Issue);
        Assert.StartsWith("กิจกรรมสร้างวัฒนธรรมการให้บริการกับเจ้าหน้าที่ประจำจุด\n- บริการด้วยใจ", first.Activity);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.SkippedBeforeTable);
        Assert.DoesNotContain(result.Draft.Measures, m => m.Issue.Contains("หัวข้อการประเมิน", StringComparison.Ordinal));
    }

    [Fact]
    public void Bang_khen_appendix_text_is_reported_as_unaccounted_and_the_table_row_after_it_stays_a_measure()
    {
        var result = Seeds.Import(Seeds.BangKhen);

        Assert.Equal([130, 137], result.Findings.Where(f => f.Code == FindingCode.UnaccountedText).Select(f => f.Row));
        Assert.StartsWith("- เผยแพร่ ชี้แจง สร้างการรับรู้การประเมิน ITA", result.Draft!.Measures[^1].Issue, StringComparison.Ordinal);
    }

    [Fact]
    public void Nong_khaem_rows_name_persons_and_normalise_divisions()
    {
        var measures = Seeds.Import(Seeds.NongKhaem).Draft!.Measures;
        var budget = measures.Single(m => m.Issue == "เผยแพร่ข้อมูลงบประมาณของสำนักงานเขต");

        Assert.Equal(2, budget.Indicator);
        Assert.Equal(["ฝ่ายการคลัง"], budget.Divisions);
        Assert.Equal(["น.ส.อมรศรี จิรอุดมสุข"], budget.ResponsiblePersons);
        Assert.Equal(FollowUpCadence.Monthly, budget.Cadence);

        var complaints = measures.Single(m => m.Issue == "เผยแพร่ และจัดทำช่องทางการร้องเรียนการทุจริต");
        Assert.Equal(["ฝ่ายปกครอง"], complaints.Divisions);
        Assert.Equal(["นางสาวกรวรรณศิริพาณิชย์"], complaints.ResponsiblePersons);

        var procurement = measures.Single(m => m.Issue == "จัดทำ และเผยแพร่ คู่มือเกี่ยวกับการจัดซื้อจัดจ้าง");
        // "ฝ่ายคลังและทุกฝ่าย": the named division leads, then every other division.
        Assert.Equal(["ฝ่ายการคลัง", .. DefaultDivisions.All.Select(d => d.Name).Where(n => n != "ฝ่ายการคลัง")], procurement.Divisions);
    }

    [Fact]
    public void Nong_khaem_open_data_measures_take_the_month_deadline_written_in_the_follow_up_column()
    {
        var result = Seeds.Import(Seeds.NongKhaem);
        var openData = result.Draft!.Measures.Single(m => m.Indicator == 9);

        Assert.Equal(new Deadline(DeadlineKind.Month, new DateOnly(2024, 4, 30), "ภายในเดือนเมษายน 2567"), openData.Deadline);
        Assert.Equal([.. Enumerable.Range(1, 17).Select(n => $"O{n}")], openData.QuestionCodes);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.DeadlineInCadenceColumn && f.MeasureId == openData.Id);
    }

    [Fact]
    public void Nong_khaem_flags_open_data_codes_listed_under_the_wrong_indicator()
    {
        var result = Seeds.Import(Seeds.NongKhaem);

        Assert.Contains(result.Findings, f => f.Code == FindingCode.QuestionIndicatorMismatch && f.MessageEn.Contains("O18", StringComparison.Ordinal));
    }

    [Fact]
    public void Pathum_wan_reads_question_codes_whose_I_became_1_and_their_scores()
    {
        var measures = Seeds.Import(Seeds.PathumWan).Draft!.Measures;

        Assert.Equal(["I8"], measures[0].QuestionCodes);
        Assert.Equal(2, measures[0].Indicator);
        Assert.Equal(73.34m, measures[0].Score);
        Assert.Equal(["I17"], measures[1].QuestionCodes);
        Assert.Equal(3, measures[1].Indicator);
    }

    [Fact]
    public void Pathum_wan_folds_merged_rows_and_joins_rows_split_by_page_breaks()
    {
        var measures = Seeds.Import(Seeds.PathumWan).Draft!.Measures;
        var service = measures.Single(m => m.QuestionCodes.Contains("E1"));
        var improvement = measures.Single(m => m.QuestionCodes.Contains("E11"));

        Assert.Equal(["E1", "E2", "E3"], service.QuestionCodes);
        Assert.Equal(["E11", "E12"], improvement.QuestionCodes);
        Assert.Contains("๔. ผู้บริหารกำกับ", improvement.Activity, StringComparison.Ordinal);
        Assert.Contains("สามารถรับทราบการปรับปรุงการ", improvement.Issue, StringComparison.Ordinal);
        Assert.Equal([.. Enumerable.Range(1, 22).Select(n => $"O{n}")], measures[^1].QuestionCodes);
    }

    [Fact]
    public void Pathum_wan_measures_are_followed_up_every_six_months_by_all_divisions()
    {
        var measures = Seeds.Import(Seeds.PathumWan).Draft!.Measures.Where(m => m.Activity.Length > 0).ToList();

        Assert.All(measures, m => Assert.Equal(FollowUpCadence.SemiAnnual, m.Cadence));
        Assert.All(measures, m => Assert.Equal(DefaultDivisions.All.Count, m.Divisions.Count));
    }

    [Fact]
    public void Pathum_wan_row_without_activity_is_kept_with_findings()
    {
        var result = Seeds.Import(Seeds.PathumWan);
        var powers = result.Draft!.Measures[1];

        Assert.Equal("", powers.Activity);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.ActivityMissing && f.MeasureId == powers.Id);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.CadenceMissing && f.MeasureId == powers.Id && f.Assumed == "ทุก ๑ เดือน");
    }

    [Theory]
    [InlineData(2, "๓๐ มี.ค.๖๖", 2023, 3, 30)]
    [InlineData(7, "๑ เมษายน ๒๕๖๖", 2023, 4, 1)]
    [InlineData(8, "๓๐ มีนาคม ๖๖ และต้องสื่อสารในเรื่องดังกล่าวทุกสัปดาห์", 2023, 3, 30)]
    [InlineData(11, "๕ เม.ย. ๖๖", 2023, 4, 5)]
    [InlineData(30, "ทุกข้อมูลดำเนินการแล้วเสร็จภายใน ๒๐ เม.ย ๖๖ และนำขึ้น website ของสำนักงานเขต", 2023, 4, 20)]
    public void Bang_khen_deadlines_parse_to_exact_dates(int measure, string text, int year, int month, int day)
    {
        var deadline = Seeds.Import(Seeds.BangKhen).Draft!.Measures[measure - 1].Deadline;

        Assert.Equal(new Deadline(DeadlineKind.Day, new DateOnly(year, month, day), text), deadline);
    }

    [Fact]
    public void Bang_khen_rows_give_divisions_cadence_and_open_data_codes()
    {
        var measures = Seeds.Import(Seeds.BangKhen).Draft!.Measures;

        Assert.Equal(["ฝ่ายทะเบียน"], measures[0].Divisions);
        Assert.Equal(DeadlineKind.None, measures[0].Deadline.Kind);
        Assert.Equal(["ฝ่ายการคลัง"], measures[7].Divisions);
        Assert.Equal(["ฝ่ายการคลัง", "ฝ่ายเทศกิจ"], measures[14].Divisions);
        Assert.Equal(["ฝ่ายโยธา", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล"], measures[20].Divisions);
        Assert.Equal(["ฝ่ายรายได้", "ฝ่ายเทศกิจ", "ฝ่ายทะเบียน", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม"], measures.Single(m => m.QuestionCodes.SequenceEqual(["O12"])).Divisions);
        Assert.All(measures, m => Assert.Equal(FollowUpCadence.Monthly, m.Cadence));
        Assert.Equal([.. Enumerable.Range(1, 30).Select(n => $"O{n}")], measures.SelectMany(m => m.QuestionCodes));
        Assert.Equal(7, measures.Single(m => m.Issue.StartsWith("เพิ่ม content", StringComparison.Ordinal)).Indicator);
    }

    [Fact]
    public void Bang_khen_continued_cells_are_joined_to_the_row_above_the_page_break()
    {
        var measures = Seeds.Import(Seeds.BangKhen).Draft!.Measures;

        Assert.Equal("-ประชาสัมพันธ์คู่มือการจัดซื้อจัดจ้าง\n-จัดประชุมชี้แจง ให้ความรู้แก่เจ้าหน้าที่", measures[8].Awareness);
        Assert.EndsWith("ความไม่เป็น ธรรมแจ้ง ผอ.เขต ต่อกลุ่มดังกล่าว ผ่าน fb ผ่าน line group ต่าง ๆ", measures[12].Awareness, StringComparison.Ordinal);
    }

    [Fact]
    public void Bang_khen_flags_wrong_indicator_number_and_unknown_responsible_text()
    {
        var findings = Seeds.Import(Seeds.BangKhen).Findings;

        Assert.Contains(findings, f => f.Code == FindingCode.IndicatorNameMismatch && f.Row == 54);
        Assert.Contains(findings, f => f.Code == FindingCode.ResponsibleTextIgnored && f.Message.Contains("โรงเรียนในสังกัดเขต", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Seeds.NongKhaem)]
    [InlineData(Seeds.PathumWan)]
    [InlineData(Seeds.BangKhen)]
    public void Seed_measures_hold_no_html_and_no_header_text(string seed)
    {
        var measures = Seeds.Import(seed).Draft!.Measures;
        var texts = measures.SelectMany(m => new[] { m.Issue, m.Activity, m.Output, m.Awareness, m.Deadline.Text }.Concat(m.Divisions).Concat(m.ResponsiblePersons)).ToList();
        string[] headerWords = ["ประเด็นการประเมิน", "มาตรการ/กิจกรรมในการพัฒนาปรับปรุง", "กิจกรรมที่จะดำเนินการ", "วิธีการสร้างการรับรู้", "ระยะเวลากำกับติดตาม", "หน่วยงาน รับผิดชอบ"];

        Assert.DoesNotContain(texts, t => t.Contains('<', StringComparison.Ordinal) || t.Contains('>', StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => headerWords.Any(h => t.Contains(h, StringComparison.Ordinal)));
        Assert.DoesNotContain(texts, t => t.Contains("  ", StringComparison.Ordinal) || t != t.Trim());
    }

    [Fact]
    public void Links_keep_their_address_when_html_is_removed()
    {
        var measures = Seeds.Import(Seeds.BangKhen).Draft!.Measures;

        Assert.Equal("ศูนย์รับคำขออนุญาตของกรุงเทพมหานคร https://eservice.bangkok.go.th", measures.Single(m => m.QuestionCodes.SequenceEqual(["O11"])).Activity);
    }

    [Theory]
    [InlineData(Seeds.NongKhaem)]
    [InlineData(Seeds.PathumWan)]
    [InlineData(Seeds.BangKhen)]
    public void Every_finding_points_at_a_source_row(string seed)
    {
        var result = Seeds.Import(seed);

        Assert.All(result.Findings, f => Assert.True(f.Row > 0 && f.Message.Length > 0 && f.MessageEn.Length > 0));
        Assert.All(result.Draft!.Measures, m => Assert.StartsWith(seed + ":line ", m.SourceRef, StringComparison.Ordinal));
    }
}
