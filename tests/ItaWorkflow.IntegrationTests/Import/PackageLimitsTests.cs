using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using ItaWorkflow.Import;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Tests.Import;

public sealed class PackageLimitsTests
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string SheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    // Measured on the importing thread (the import is synchronous), so tests running alongside do not count.
    // A refused bomb must cost next to nothing; an accepted file at the limits must stay well under the 300 MB budget.
    private const long RefusedAllocationBound = 100L * 1024 * 1024;
    private const long AcceptedAllocationBound = 300L * 1024 * 1024;

    [Fact]
    public async Task A_one_kilobyte_docx_with_a_cell_spanning_thirty_million_columns_is_refused_over_http()
    {
        var bomb = WithPart(PlanDocx(), "word/document.xml", Encoding.UTF8.GetBytes(
            $"""<w:document xmlns:w="{WordNamespace}"><w:body><w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="30000000"/></w:tcPr><w:p><w:r><w:t>ตัวชี้วัด</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"""));
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<IPlanStore>(new FakePlanStore());
        await using var app = builder.Build();
        app.MapImportApi();
        await app.StartAsync();
        using var client = app.GetTestClient();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bomb), "file", "plan.docx" } };

        using var response = await client.PostAsync("/api/plans/import?district=ปทุมวัน&fiscalYear=2566", form);

        Assert.True(bomb.Length < 20_000, $"the bomb is {bomb.Length} bytes");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<ImportDraftResponse>(PlanJson.Options);
        Assert.Equal(ImportErrorCode.TooManyCells, body!.Error!.Code);
        Assert.Contains("คอลัมน์", body.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_holding_fifty_megabytes_of_xml_is_refused_before_it_is_parsed()
    {
        var bomb = WithPart(PlanDocx(), "word/document.xml", DocumentXml(50L * 1024 * 1024, repetitive: true));

        var (result, allocated) = Import(bomb, "plan.docx");

        Assert.True(bomb.Length < ImportOptions.DefaultMaxBytes);
        Assert.Equal(ImportErrorCode.UnpacksTooLarge, result.Error!.Code);
        Assert.Contains("word/document.xml", result.Error.Message, StringComparison.Ordinal);
        Assert.True(allocated < RefusedAllocationBound, $"{allocated / 1024 / 1024} MB allocated");
    }

    [Fact]
    public void A_part_compressed_suspiciously_well_is_refused_even_under_the_size_limits()
    {
        var bomb = WithPart(PlanDocx(), "word/document.xml", DocumentXml(4L * 1024 * 1024, repetitive: true));

        var (result, _) = Import(bomb, "plan.docx");

        Assert.Equal(ImportErrorCode.UnpacksTooLarge, result.Error!.Code);
        Assert.Contains("บีบอัด", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gridspan_bomb_read_directly_allocates_next_to_nothing()
    {
        var bomb = WithPart(PlanDocx(), "word/document.xml", Encoding.UTF8.GetBytes(
            $"""<w:document xmlns:w="{WordNamespace}"><w:body><w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="30000000"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>"""));

        var (result, allocated) = Import(bomb, "plan.docx");

        Assert.Equal(ImportErrorCode.TooManyCells, result.Error!.Code);
        Assert.True(allocated < RefusedAllocationBound, $"{allocated / 1024 / 1024} MB allocated");
    }

    [Fact]
    public void A_docx_with_more_rows_than_the_cell_limit_is_refused()
    {
        var rows = string.Concat(Enumerable.Range(1, ImportOptions.DefaultMaxCells + 1).Select(i => FormattableString.Invariant($"<w:tr><w:tc><w:p><w:r><w:t>{i * 7919 % 100_003}</w:t></w:r></w:p></w:tc></w:tr>")));
        var docx = WithPart(PlanDocx(), "word/document.xml", Encoding.UTF8.GetBytes(
            $"""<w:document xmlns:w="{WordNamespace}"><w:body><w:tbl>{rows}</w:tbl></w:body></w:document>"""));

        var (result, allocated) = Import(docx, "plan.docx");

        Assert.Equal(ImportErrorCode.TooManyCells, result.Error!.Code);
        Assert.True(allocated < RefusedAllocationBound, $"{allocated / 1024 / 1024} MB allocated");
    }

    [Fact]
    public void An_xlsx_with_huge_shared_strings_is_refused_before_it_is_parsed()
    {
        var strings = new StringBuilder($"""<sst xmlns="{SheetNamespace}">""");
        while (strings.Length < 30 * 1024 * 1024)
        {
            strings.Append("<si><t>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</t></si>");
        }

        var bomb = WithPart(PlanXlsx(), "xl/sharedStrings.xml", Encoding.UTF8.GetBytes(strings.Append("</sst>").ToString()));

        var (result, allocated) = Import(bomb, "plan.xlsx");

        Assert.Equal(ImportErrorCode.UnpacksTooLarge, result.Error!.Code);
        Assert.True(allocated < RefusedAllocationBound, $"{allocated / 1024 / 1024} MB allocated");
    }

    [Fact]
    public void An_xlsx_whose_sheets_together_hold_too_much_xml_is_refused_though_each_is_small()
    {
        var xlsx = PlanXlsx();
        var sheet = SheetOf(xlsx);
        var rows = new StringBuilder();
        var random = new Random(11);
        while (rows.Length < 5 * 1024 * 1024)
        {
            rows.Append(FormattableString.Invariant($"<mergeCell ref=\"A{random.Next(1, 1_000_000)}:B{random.Next(1, 1_000_000)}\"/>"));
        }

        var part = Encoding.UTF8.GetBytes($"""<worksheet xmlns="{SheetNamespace}"><sheetData/><mergeCells>{rows}</mergeCells></worksheet>""");
        var bomb = WithPart(WithPart(xlsx, sheet, part), "xl/worksheets/sheet99.xml", part);

        var (result, allocated) = Import(bomb, "plan.xlsx");

        Assert.Equal(ImportErrorCode.UnpacksTooLarge, result.Error!.Code);
        Assert.Contains("XML", result.Error.Message, StringComparison.Ordinal);
        Assert.True(allocated < RefusedAllocationBound, $"{allocated / 1024 / 1024} MB allocated");
    }

    [Fact]
    public void An_xlsx_sheet_with_more_cells_than_the_limit_is_refused()
    {
        var xlsx = PlanXlsx();
        var sheet = SheetOf(xlsx);
        var rows = new StringBuilder();
        for (var r = 1; r <= ImportOptions.DefaultMaxCells / 10 + 1; r++)
        {
            rows.Append(FormattableString.Invariant($"<row r=\"{r}\">"));
            for (var c = 0; c < 10; c++)
            {
                rows.Append(FormattableString.Invariant($"<c r=\"{(char)('A' + c)}{r}\" t=\"inlineStr\"><is><t>x</t></is></c>"));
            }

            rows.Append("</row>");
        }

        var bomb = WithPart(xlsx, sheet, Encoding.UTF8.GetBytes($"""<worksheet xmlns="{SheetNamespace}"><sheetData>{rows}</sheetData></worksheet>"""));

        var (result, allocated) = Import(bomb, "plan.xlsx");

        Assert.Equal(ImportErrorCode.TooManyCells, result.Error!.Code);
        Assert.True(allocated < RefusedAllocationBound, $"{allocated / 1024 / 1024} MB allocated");
    }

    [Theory]
    [InlineData(3000)]
    [InlineData(2)]
    public void A_docx_just_under_the_xml_limit_is_parsed_within_the_memory_budget(int paragraphLength)
    {
        var docx = WithPart(PlanDocx(), "word/document.xml", DocumentXml(ImportOptions.DefaultMaxXmlBytes - 512 * 1024, repetitive: false, paragraphLength));

        var (result, allocated) = Import(docx, "plan.docx");

        Assert.NotEqual(ImportErrorCode.UnpacksTooLarge, result.Error?.Code);
        Assert.NotEqual(ImportErrorCode.CorruptDocument, result.Error?.Code);
        Assert.True(allocated < AcceptedAllocationBound, $"{allocated / 1024 / 1024} MB allocated");
    }

    private static (ImportResult Result, long Allocated) Import(byte[] content, string fileName)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = PlanImporter.Import(content, fileName, "ปทุมวัน", 2566);
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static byte[] PlanDocx() => PlanExporter.ToDocx(Seeds.Import(Seeds.PathumWan).Draft!);

    private static byte[] PlanXlsx() => PlanExporter.ToXlsx(Seeds.Import(Seeds.PathumWan).Draft!);

    private static string SheetOf(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        return zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).FullName;
    }

    // A document.xml of about `size` bytes: one table row, then paragraphs; repetitive text compresses a thousandfold,
    // varied text about as well as real Thai prose.
    private static byte[] DocumentXml(long size, bool repetitive, int paragraphLength = 3000)
    {
        const string Open = "<w:p><w:r><w:t>";
        const string Close = "</w:t></w:r></w:p>";
        var random = new Random(7);
        var xml = new StringBuilder();
        xml.Append(FormattableString.Invariant($"""<w:document xmlns:w="{WordNamespace}"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>ตัวชี้วัด</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"""));
        var bytes = (long)Encoding.UTF8.GetByteCount(xml.ToString());
        var text = new char[paragraphLength];
        while (bytes < size)
        {
            for (var i = 0; i < text.Length; i++)
            {
                text[i] = repetitive ? 'ก' : (char)random.Next(0x0E01, 0x0E2F);
            }

            xml.Append(Open).Append(text).Append(Close);
            bytes += Open.Length + Close.Length + 3L * text.Length;
        }

        return Encoding.UTF8.GetBytes(xml.Append("</w:body></w:document>").ToString());
    }

    private static byte[] WithPart(byte[] package, string partName, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(partName)?.Delete();
            using var part = zip.CreateEntry(partName, CompressionLevel.SmallestSize).Open();
            part.Write(content);
        }

        return stream.ToArray();
    }
}
