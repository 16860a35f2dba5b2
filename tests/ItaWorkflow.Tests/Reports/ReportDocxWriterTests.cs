using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
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
    public void Page_is_A4_landscape_with_one_and_a_half_centimetre_margins()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        var section = document.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(16838U, size.Width!.Value);
        Assert.Equal(11906U, size.Height!.Value);
        Assert.Equal(PageOrientationValues.Landscape, size.Orient!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(851, margin.Top!.Value);
        Assert.Equal(851U, margin.Left!.Value);
    }

    [Fact]
    public void Default_font_is_TH_Sarabun_New_16_point_for_every_script_with_Thai_language()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var fonts = defaults.GetFirstChild<RunFonts>()!;
        Assert.All(new[] { fonts.Ascii, fonts.HighAnsi, fonts.EastAsia, fonts.ComplexScript }, f => Assert.Equal("TH Sarabun New", f?.Value));
        Assert.Equal("32", defaults.GetFirstChild<FontSize>()!.Val!.Value);
        Assert.Equal("32", defaults.GetFirstChild<FontSizeComplexScript>()!.Val!.Value);
        Assert.Equal("th-TH", defaults.GetFirstChild<Languages>()!.Bidi!.Value);
    }

    [Fact]
    public void Title_block_gives_district_fiscal_year_round_and_period_in_Thai_digits()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        var titles = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Take(4).Select(p => p.InnerText);
        Assert.Equal(
            [
                "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                "สำนักงานเขตบางเขน",
                "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
                "รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗)",
            ],
            titles);
    }

    [Fact]
    public void Header_row_has_the_six_columns_and_repeats_on_every_page()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        var header = document.MainDocumentPart!.Document!.Body!.Elements<Table>().Single().Elements<TableRow>().First();
        Assert.NotNull(header.TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(
            ["ตัวชี้วัด/ประเด็นการประเมิน", "ประเด็นที่ต้องปรับปรุง", "มาตรการ/กิจกรรม", "ผลการดำเนินการ", "ผู้รับผิดชอบ", "หลักฐาน"],
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
    public void Result_cell_shows_result_percent_problems_and_date_in_Thai_digits()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        var result = MeasureRow(document, "กิจกรรมสร้างวัฒนธรรม").Elements<TableCell>().ElementAt(3);
        Assert.Equal(
            ["ตรวจรายการตรวจสอบตามคู่มือครบทุกจุด", "ความคืบหน้าร้อยละ ๘๐", "ปัญหา/อุปสรรค: เจ้าหน้าที่หมุนเวียนบ่อย", "(ข้อมูล ณ ๒๙ กุมภาพันธ์ ๒๕๖๗)"],
            result.Elements<Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public void Question_cell_gives_codes_and_score_in_Thai_digits()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        Assert.Equal("I๘ (๗๓.๓๔ คะแนน)", MeasureRow(document, "เวียนแจ้ง").Elements<TableCell>().First().InnerText);
    }

    [Fact]
    public void Measures_without_approved_progress_say_so_in_the_result_and_in_a_note()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        Assert.Equal("รายงานผลยังไม่ได้รับความเห็นชอบ", MeasureRow(document, "เผยแพร่คู่มือ").Elements<TableCell>().ElementAt(3).InnerText);
        Assert.Equal("ยังไม่มีรายงานผลการดำเนินการ", MeasureRow(document, "ผู้อำนวยการเขตกำกับ").Elements<TableCell>().ElementAt(3).InnerText);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains(paragraphs, p => p.StartsWith("- M๓ เผยแพร่คู่มือ", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("- M๔ ผู้อำนวยการเขตกำกับ", StringComparison.Ordinal));
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
        var evidence = MeasureRow(document, "กิจกรรมสร้างวัฒนธรรม").Elements<TableCell>().ElementAt(5);
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
    public void Signature_block_names_the_director_and_position()
    {
        using var document = Open(ReportFixtures.BangKhenReport());

        var last = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().TakeLast(3).Select(p => p.InnerText);
        Assert.Equal(["ลงชื่อ ..................................................", "(นางสาวพิศมัย เรืองศิลป์)", "ผู้อำนวยการเขตบางเขน"], last);
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
        Assert.Contains("<img src=x> javascript:alert(๑)", document.MainDocumentPart.Document!.Body!.InnerText, StringComparison.Ordinal);
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
            .Single(r => r.Elements<TableCell>().Count() == 6 && r.Elements<TableCell>().ElementAt(2).InnerText.StartsWith(activityStart, StringComparison.Ordinal));
}
