using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ItaWorkflow.Domain;
using ItaWorkflow.Reports;

namespace ItaWorkflow.Tests.Reports;

public sealed class ReportDocxWriterTests
{
    [Fact]
    public void Report_document_passes_the_OpenXml_validator()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        OpenXmlAssert.Valid(document);
    }

    [Fact]
    public void Document_with_hostile_user_text_passes_the_OpenXml_validator()
    {
        using var document = Open(ReportFixtures.HostileReport());

        OpenXmlAssert.Valid(document);
    }

    [Fact]
    public void Page_is_A4_landscape_with_narrow_one_centimetre_margins()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        var section = document.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(16838U, size.Width!.Value);
        Assert.Equal(11906U, size.Height!.Value);
        Assert.Equal(PageOrientationValues.Landscape, size.Orient!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(567, margin.Top!.Value);
        Assert.Equal(567U, margin.Left!.Value);
    }

    [Fact]
    public void Default_font_is_TH_Sarabun_New_14_point_for_every_script_with_Thai_language()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var fonts = defaults.GetFirstChild<RunFonts>()!;
        Assert.All(new[] { fonts.Ascii, fonts.HighAnsi, fonts.EastAsia, fonts.ComplexScript }, f => Assert.Equal("TH Sarabun New", f?.Value));
        Assert.Equal("28", defaults.GetFirstChild<FontSize>()!.Val!.Value);
        Assert.Equal("28", defaults.GetFirstChild<FontSizeComplexScript>()!.Val!.Value);
        Assert.Equal("th-TH", defaults.GetFirstChild<Languages>()!.Bidi!.Value);
    }

    [Fact]
    public void Title_block_gives_district_fiscal_year_round_and_period_in_Thai_digits()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        var titles = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Take(3).Select(p => p.InnerText);
        Assert.Equal(
            [
                "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                "สำนักงานเขตบางเขน",
                "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗)",
            ],
            titles);
    }

    [Fact]
    public void Header_row_has_the_published_columns_and_repeats_on_every_page()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        var header = document.MainDocumentPart!.Document!.Body!.Elements<Table>().Single().Elements<TableRow>().First();
        Assert.NotNull(header.TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.NotNull(header.TableRowProperties?.GetFirstChild<CantSplit>());
        Assert.Equal(
            ["ตัวชี้วัด/ข้อคำถาม", "ประเด็นที่ต้องปรับปรุง", "มาตรการ/แนวทาง", "ผลการดำเนินการ", "ผลผลิต/ตัวชี้วัด", "ระยะเวลา", "ผู้รับผิดชอบ", "ปัญหาอุปสรรค / ข้อเสนอแนะ"],
            header.Elements<TableCell>().Select(c => c.InnerText));
    }

    [Fact]
    public void Rows_are_grouped_under_tool_and_indicator_headings()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        var rows = document.MainDocumentPart!.Document!.Body!.Elements<Table>().Single().Elements<TableRow>().Skip(1)
            .Select(r => r.Elements<TableCell>().Count() == 1 ? "# " + r.InnerText : r.Elements<TableCell>().ElementAt(2).InnerText)
            .ToList();

        Assert.Equal(
            [
                "# แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
                "# ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่",
                "กิจกรรมสร้างวัฒนธรรมการให้บริการกับเจ้าหน้าที่ประจำจุด",
                "# ตัวชี้วัดที่ ๒ การใช้งบประมาณ",
                "เวียนแจ้งและจัดประชุมชี้แจงเรื่องงบประมาณที่ได้รับการจัดสรร",
                "# แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
                "# ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน",
                "เผยแพร่คู่มือมาตรฐานการให้บริการในรูปแบบอินโฟกราฟิก",
                "# แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)",
                "# ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล",
                "เปิดเผยข้อมูลผลการดำเนินงานในเชิงสถิติบนเว็บไซต์",
                "# ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต",
                "ผู้อำนวยการเขตกำกับติดตามการดำเนินการของหน่วยงานผู้รับผิดชอบ",
            ],
            rows);
    }

    [Fact]
    public void Result_cell_shows_result_percent_date_and_evidence_and_problems_have_their_own_column()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        var result = MeasureRow(document, "กิจกรรมสร้างวัฒนธรรม").Elements<TableCell>().ElementAt(3);
        Assert.Equal(
            ["ตรวจรายการตรวจสอบตามคู่มือครบทุกจุด", "ความคืบหน้าร้อยละ ๘๐ (ข้อมูล ณ ๒๙ ก.พ. ๒๕๖๗)", " ", "หลักฐาน: photo.png"],
            result.Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Equal("เจ้าหน้าที่หมุนเวียนบ่อย", MeasureRow(document, "กิจกรรมสร้างวัฒนธรรม").Elements<TableCell>().Last().InnerText);
    }

    [Fact]
    public void Imported_result_is_printed_with_its_carried_over_note_problems_and_public_links_only()
    {
        var plan = new Plan("บางเขน", 2567, [ReportCompilerTests.WithImportedResult(ReportFixtures.Measure("M1", 1, "จัดอบรมเจ้าหน้าที่"))]);
        using var document = Open(ReportCompiler.Compile(plan, ReportRound.FirstHalf, [], null, ReportFixtures.GeneratedAt));

        var cells = MeasureRow(document, "จัดอบรมเจ้าหน้าที่").Elements<TableCell>().ToList();
        Assert.Equal(
            ["จัดอบรมแล้ว ๒ ครั้ง", ReportText.ImportedResultNote, "หลักฐาน: https://example.go.th/a.pdf, http://example.go.th/b"],
            cells[3].Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Equal("งบประมาณล่าช้า", cells[^1].InnerText);
        Assert.DoesNotContain("javascript", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        OpenXmlAssert.Valid(document);
    }

    [Fact]
    public void Question_cell_gives_codes_and_score_in_Thai_digits()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        Assert.Equal(["I๘", "(คะแนน ๗๓.๓๔)"], MeasureRow(document, "เวียนแจ้ง").Elements<TableCell>().First().Elements<Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public void Measures_without_approved_progress_say_so_in_words_a_reviewer_accepts_and_no_id_is_printed()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        Assert.Equal(ReportText.ResultAwaitingApproval, MeasureRow(document, "เผยแพร่คู่มือ").Elements<TableCell>().ElementAt(3).InnerText);
        Assert.Equal(ReportText.NoResultYet, MeasureRow(document, "ผู้อำนวยการเขตกำกับ").Elements<TableCell>().ElementAt(3).InnerText);
        Assert.DoesNotMatch(@"M\s*[0-9๐-๙]", document.MainDocumentPart!.Document!.Body!.InnerText);
    }

    [Fact]
    public void Rows_without_a_real_measure_are_not_printed()
    {
        var plan = ReportFixtures.BangKhenPlan();
        plan = plan with { Measures = [.. plan.Measures, ReportFixtures.Measure("M9", 9, "-", "ได้คะแนน ๑๐๐ คะแนน ไม่มีประเด็นต้องปรับปรุง", "O1"), ReportFixtures.Measure("M8", 8, " ")] };

        var report = ReportCompiler.Compile(plan, ReportRound.FirstHalf, ReportFixtures.BangKhenProgress(), null, ReportFixtures.GeneratedAt);

        Assert.Equal(5, report.Rows.Count);
        Assert.DoesNotContain(report.Rows, r => r.MeasureId is "M8" or "M9");
    }

    [Fact]
    public void Uploaded_files_are_named_without_links_and_only_public_web_addresses_are_linked()
    {
        var plan = ReportFixtures.BangKhenPlan();
        var progress = new[]
        {
            ReportFixtures.Progress("M2", new DateOnly(2024, 3, 31), evidence:
            [
                new EvidenceItem("ภาพกิจกรรม.jpg", ""),
                new EvidenceItem("ข่าว", "https://www.bangkok.go.th/bangkhen/news/1"),
                new EvidenceItem("blob.pdf", "https://itastore.blob.core.windows.net/evidence/M2/blob.pdf"),
                new EvidenceItem("admin.pdf", "https://ita.example.go.th/manage/evidence/M2%2Fadmin.pdf"),
                new EvidenceItem("signed", "https://ita.example.go.th/l/abc.def"),
                new EvidenceItem("local.pdf", "http://127.0.0.1:10000/devstoreaccount1/evidence/local.pdf"),
            ]),
        };
        using var document = Open(ReportCompiler.Compile(plan, ReportRound.FirstHalf, progress, null, ReportFixtures.GeneratedAt));

        Assert.Equal(["https://www.bangkok.go.th/bangkhen/news/1"], document.MainDocumentPart!.HyperlinkRelationships.Select(r => r.Uri.ToString()));
        Assert.Equal(
            "หลักฐาน: ภาพกิจกรรม.jpg, ข่าว, blob.pdf, admin.pdf, signed, local.pdf",
            MeasureRow(document, "กิจกรรมสร้างวัฒนธรรม").Elements<TableCell>().ElementAt(3).Elements<Paragraph>().Last().InnerText);
    }

    [Fact]
    public void Every_division_prints_as_one_word_and_a_chosen_lead_comes_first()
    {
        var all = ItaWorkflow.Import.DefaultDivisions.All.Select(d => d.Name).ToList();

        Assert.Equal(["ทุกฝ่าย"], ReportText.Responsible(all, all));
        Assert.Equal(["ฝ่ายการคลัง", "และทุกฝ่าย"], ReportText.Responsible(["ฝ่ายการคลัง", .. all], all));
        Assert.Equal(["ฝ่ายการคลัง", "และทุกฝ่าย"], ReportText.Responsible(["ฝ่ายการคลัง", "ทุกฝ่าย"], all));
        Assert.Equal(["ฝ่ายโยธา", "ฝ่ายทะเบียน"], ReportText.Responsible(["ฝ่ายโยธา", "ฝ่ายทะเบียน"], all));
    }

    [Fact]
    public void Indicator_scores_are_labelled_as_indicator_scores_and_question_runs_become_ranges()
    {
        var report = ReportFixtures.NongKhaemReport();
        using var document = Open(report);

        var headings = document.MainDocumentPart!.Document!.Body!.Elements<Table>().Single().Elements<TableRow>()
            .Where(r => r.Elements<TableCell>().Count() == 1).Select(r => r.InnerText).ToList();
        Assert.Contains("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ (คะแนนตัวชี้วัด ๙๒.๓๕ คะแนน)", headings);
        Assert.Equal("O๑ – O๑๗", ReportText.QuestionLines(report.Rows.Single(r => r.Indicator == 9))[0]);
    }

    [Fact]
    public void Page_numbers_are_Thai_and_the_signature_keeps_with_the_last_row()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        var main = document.MainDocumentPart!;
        Assert.Contains(main.FooterParts.Single().Footer!.Descendants<FieldCode>(), f => f.Text.Contains("\\* ThaiArabic", StringComparison.Ordinal));
        Assert.Equal(NumberFormatValues.ThaiNumbers, main.Document!.Body!.Elements<SectionProperties>().Single().GetFirstChild<PageNumberType>()!.Format!.Value);
        var lastRow = main.Document.Body.Elements<Table>().Single().Elements<TableRow>().Last();
        Assert.All(lastRow.Descendants<Paragraph>(), p => Assert.NotNull(p.ParagraphProperties?.KeepNext));
        Assert.All(main.Document.Body.Elements<Table>().Single().Elements<TableRow>(), r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<CantSplit>()));
    }

    [Fact]
    public void Text_outside_links_uses_only_Thai_digits()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        Assert.DoesNotMatch("[0-9]", document.MainDocumentPart!.Document!.Body!.InnerText);
    }

    [Fact]
    public void Evidence_is_a_hyperlink_with_an_embedded_thumbnail()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        var main = document.MainDocumentPart!;
        var evidence = MeasureRow(document, "กิจกรรมสร้างวัฒนธรรม").Elements<TableCell>().ElementAt(3);
        var link = evidence.Descendants<Hyperlink>().Single();
        Assert.Equal("photo.png", link.InnerText);
        Assert.Equal(new Uri("https://example.go.th/evidence/photo.png"), main.HyperlinkRelationships.Single(r => r.Id == link.Id).Uri);
        var blip = evidence.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
        var image = (ImagePart)main.GetPartById(blip.Embed!.Value!);
        using var stream = image.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Assert.Equal(ReportFixtures.TinyPng, copy.ToArray());
    }

    [Fact]
    public void Signature_block_names_the_reporting_officer_and_the_director_with_position_and_approval_date()
    {
        var report = ReportFixtures.BangKhenReport() with
        {
            Reporter = new ReportSignatory("นายสมศักดิ์ รักงาน", "นักจัดการงานทั่วไปชำนาญการ"),
            ApprovedOn = new DateOnly(2024, 4, 10),
        };
        using var document = Open(report);

        var last = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().TakeLast(4).Select(p => p.InnerText);
        Assert.Equal(
            [
                "ลงชื่อ ..................................................ลงชื่อ ..................................................",
                "(นายสมศักดิ์ รักงาน)(นางสาวพิศมัย เรืองศิลป์)",
                "นักจัดการงานทั่วไปชำนาญการผู้อำนวยการเขตบางเขน",
                "ผู้รายงานวันที่ ๑๐ เมษายน ๒๕๖๗",
            ],
            last);
    }

    [Fact]
    public void User_markup_comes_out_as_literal_text_and_control_characters_are_dropped()
    {
        var bytes = ReportDocxWriter.ToBytes(ReportFixtures.HostileReport());
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);

        string xml;
        using (var reader = new StreamReader(document.MainDocumentPart!.GetStream()))
        {
            xml = reader.ReadToEnd();
        }

        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"quoted\"", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", xml, StringComparison.Ordinal);
        Assert.Contains("ผล &lt;b&gt;ตัวหนา&lt;/b&gt; &amp;amp;", xml, StringComparison.Ordinal);
        Assert.DoesNotMatch("[\u0000-\u0008\u000B\u000C\u000E-\u001F]", xml);
        Assert.Contains("&lt;ก&gt;", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_web_addresses_become_links()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(ReportDocxWriter.ToBytes(ReportFixtures.HostileReport())), false);

        var targets = document.MainDocumentPart!.HyperlinkRelationships.Select(r => r.Uri.ToString()).ToList();
        Assert.Equal(["https://example.go.th/a?b=1&c=2"], targets);
        Assert.Contains("หลักฐาน: <img src=x>, รูป & ภาพ", document.MainDocumentPart.Document!.Body!.InnerText, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", document.MainDocumentPart.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    private static WordprocessingDocument Open(SemiAnnualReport report)
    {
        var output = new MemoryStream();
        ReportDocxWriter.Write(report, output);
        output.Position = 0;
        return WordprocessingDocument.Open(output, false);
    }

    private static TableRow MeasureRow(WordprocessingDocument document, string activityStart) =>
        document.MainDocumentPart!.Document!.Body!.Elements<Table>().Single().Elements<TableRow>()
            .Single(r => r.Elements<TableCell>().Count() > 1 && r.Elements<TableCell>().ElementAt(2).InnerText.StartsWith(activityStart, StringComparison.Ordinal));
}
