using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ItaWorkflow.Reports;

namespace ItaWorkflow.Tests.Reports;

public sealed class ReportXlsxWriterTests
{
    [Fact]
    public void Workbook_passes_the_OpenXml_validator()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(ReportXlsxWriter.ToBytes(ReportFixtures.HostileReport())), false);

        OpenXmlAssert.Valid(document);
    }

    [Fact]
    public void Written_rows_read_back_unchanged_one_per_measure()
    {
        var report = ReportFixtures.BangKhenReport();
        var output = new MemoryStream();
        ReportXlsxWriter.Write(report, output);
        output.Position = 0;

        var rows = ReportXlsxReader.Read(output);

        Assert.Equal(report.Rows.Select(ReportXlsxRow.From), rows);
        Assert.Equal(
            new ReportXlsxRow("M2", "IIT", "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", "I1", "พัฒนาจุดบริการ ศูนย์ราชการ ฉับไว ใส่สะอาด",
                "กิจกรรมสร้างวัฒนธรรมการให้บริการกับเจ้าหน้าที่ประจำจุด", "ตรวจรายการตรวจสอบตามคู่มือครบทุกจุด", "เจ้าหน้าที่หมุนเวียนบ่อย",
                "80", "ฝ่ายปกครอง", "ผ่านความเห็นชอบแล้ว", "https://example.go.th/evidence/photo.png"),
            rows[0]);
        Assert.Equal("ยังไม่มีรายงานผลการดำเนินการ", rows.Single(r => r.MeasureId == "M4").Status);
    }

    [Fact]
    public void Formula_like_text_is_a_string_cell_shown_exactly_as_typed()
    {
        var report = ReportFixtures.HostileReport();
        var bytes = ReportXlsxWriter.ToBytes(report);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var cells = workbook.WorksheetParts.Single().Worksheet!.Descendants<Cell>().ToList();
        var quotePrefix = workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().Select(f => f.QuotePrefix?.Value == true).ToList();

        var hyperlink = cells.Single(c => c.InnerText.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Equal("=HYPERLINK(\"http://x\")", hyperlink.InnerText);
        Assert.Equal(CellValues.InlineString, hyperlink.DataType!.Value);
        Assert.True(quotePrefix[(int)hyperlink.StyleIndex!.Value]);
        Assert.All(cells.Where(c => ReportXlsxWriter.LooksLikeFormula(c.InnerText)), c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
        Assert.Empty(cells.SelectMany(c => c.Descendants<CellFormula>()));

        using var sheetReader = new StreamReader(workbook.WorksheetParts.Single().GetStream());
        Assert.DoesNotMatch(new Regex("<(\\w+:)?f[ >]"), sheetReader.ReadToEnd());

        var rows = ReportXlsxReader.Read(new MemoryStream(bytes));
        Assert.Equal(report.Rows.Select(ReportXlsxRow.From), rows);
        Assert.Equal("=HYPERLINK(\"http://x\")", rows[0].Activity);
        Assert.Equal("@SUM(A1:A2)", rows[1].Activity);
        Assert.Equal("+1+1", rows[1].Issue);
        Assert.Equal("-2+3 ผล <b>ตัวหนา</b> &amp;", rows[0].Result);
    }

    [Fact]
    public void Text_starting_with_a_formula_character_has_no_apostrophe_and_is_never_a_formula()
    {
        foreach (var start in new[] { "=", "+", "-", "@", "\t", "\r" })
        {
            var plan = new ItaWorkflow.Domain.Plan("บางเขน", 2567, [ReportFixtures.Measure("M1", 1, start + "1+2")]);
            var report = ReportCompiler.Compile(plan, ReportRound.FirstHalf, [], null, ReportFixtures.GeneratedAt);
            using var document = SpreadsheetDocument.Open(new MemoryStream(ReportXlsxWriter.ToBytes(report)), false);

            var activity = document.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Row>()
                .Single(r => r.RowIndex!.Value == ReportXlsxWriter.HeaderRowIndex + 1).Elements<Cell>().ElementAt(5);

            Assert.Equal(CellValues.InlineString, activity.DataType!.Value);
            Assert.Empty(activity.Descendants<CellFormula>());
            Assert.False(activity.InnerText.StartsWith('\''), "apostrophe: " + activity.InnerText);
            Assert.Equal(ItaWorkflow.Reports.ThaiText.Clean(start + "1+2"), activity.InnerText);
        }
    }

    [Fact]
    public void Markup_and_control_characters_in_user_text_stay_literal_in_the_sheet_xml()
    {
        var bytes = ReportXlsxWriter.ToBytes(ReportFixtures.HostileReport());
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        using var reader = new StreamReader(document.WorkbookPart!.WorksheetParts.Single().GetStream());
        var xml = reader.ReadToEnd();

        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"quoted\"", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", xml, StringComparison.Ordinal);
        Assert.DoesNotMatch("[\u0000-\u0008\u000B\u000C\u000E-\u001F]", xml);
    }

    [Fact]
    public void Workbook_has_a_title_block_borders_numeric_percentages_and_landscape_fit_to_width_printing()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(ReportXlsxWriter.ToBytes(ReportFixtures.BangKhenReport())), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.WorksheetParts.Single().Worksheet!;
        var rows = sheet.Descendants<Row>().ToList();

        Assert.Equal(
            ["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน สำนักงานเขตบางเขน", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗)"],
            rows.Take(3).Select(r => r.InnerText));
        Assert.Equal("รหัสมาตรการ", rows.Single(r => r.RowIndex!.Value == ReportXlsxWriter.HeaderRowIndex).Elements<Cell>().First().InnerText);
        var percent = rows.Single(r => r.RowIndex!.Value == ReportXlsxWriter.HeaderRowIndex + 1).Elements<Cell>().ElementAt(ReportXlsxRow.PercentColumn);
        Assert.Null(percent.DataType);
        Assert.Equal("80", percent.CellValue!.Text);
        var formats = workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();
        Assert.Equal(1U, formats[(int)percent.StyleIndex!.Value].BorderId!.Value);

        var setup = sheet.GetFirstChild<PageSetup>()!;
        Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(1U, setup.FitToWidth!.Value);
        Assert.Equal(0U, setup.FitToHeight!.Value);
        Assert.True(sheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        var titles = workbook.Workbook!.DefinedNames!.Elements<DefinedName>().Single(d => d.Name == "_xlnm.Print_Titles");
        Assert.Equal("'รายงานผล'!$5:$5", titles.Text);
    }
}
