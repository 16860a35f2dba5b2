using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ItaWorkflow.Import;

namespace ItaWorkflow.Tests.Import;

public sealed class BadInputTests
{
    private static void AssertRefused(ImportResult result, ImportErrorCode code)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Draft);
        Assert.Equal(code, result.Error!.Code);
        Assert.Matches(@"[\u0E00-\u0E7F]", result.Error.Message);
        Assert.Matches("[A-Za-z]", result.Error.MessageEn);
    }

    [Theory]
    [InlineData("plan.txt")]
    [InlineData("plan.docx")]
    [InlineData("plan.csv")]
    public void Empty_file_is_refused(string name)
    {
        AssertRefused(PlanImporter.Import([], name, "หนองแขม", 2567), ImportErrorCode.EmptyFile);
        AssertRefused(PlanImporter.Import("\n \r\n\t"u8.ToArray(), name, "หนองแขม", 2567), ImportErrorCode.EmptyFile);
    }

    [Fact]
    public void Binary_garbage_is_refused()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        bytes[0] = 0x00;

        var result = PlanImporter.Import(bytes, "plan.txt", "หนองแขม", 2567);

        Assert.Contains(result.Error!.Code, new[] { ImportErrorCode.WrongEncoding, ImportErrorCode.NotText });
        Assert.Null(result.Draft);
    }

    [Fact]
    public void Text_with_control_bytes_is_refused_as_not_text()
    {
        var bytes = Enumerable.Range(0, 2000).Select(i => (byte)(i % 8)).ToArray();

        AssertRefused(PlanImporter.Import(bytes, "plan.txt", "หนองแขม", 2567), ImportErrorCode.NotText);
    }

    [Fact]
    public void Thai_legacy_encoding_is_refused_with_advice()
    {
        // "ตัวชี้วัด\tมาตรการ" in TIS-620: Thai letters are single bytes 0xA1–0xFB.
        byte[] tis620 = [0xB5, 0xD1, 0xC7, 0xAA, 0xD5, 0xE9, 0xC7, 0xD1, 0xB4, 0x09, 0xC1, 0xD2, 0xB5, 0xC3, 0xA1, 0xD2, 0xC3, 0x0A];

        var result = PlanImporter.Import(tis620, "plan.txt", "หนองแขม", 2567);

        AssertRefused(result, ImportErrorCode.WrongEncoding);
        Assert.Contains("TIS-620", result.Error!.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_text_with_byte_order_mark_is_read()
    {
        var text = File.ReadAllText(Path.Combine(Seeds.Directory, Seeds.PathumWan));
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();

        var result = PlanImporter.Import(bytes, "plan.txt", "ปทุมวัน", 2566);

        Assert.Equal(11, result.Draft!.Measures.Count);
    }

    [Fact]
    public void Docx_without_a_table_is_refused()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("มาตรการส่งเสริมคุณธรรม")))));
        }

        AssertRefused(PlanImporter.Import(stream.ToArray(), "plan.docx", "หนองแขม", 2567), ImportErrorCode.NoTable);
    }

    [Fact]
    public void Damaged_docx_is_refused()
    {
        var docx = PlanExporter.ToDocx(Seeds.Import(Seeds.PathumWan).Draft!);

        AssertRefused(PlanImporter.Import(docx[..(docx.Length / 2)], "plan.docx", "ปทุมวัน", 2566), ImportErrorCode.CorruptDocument);
        AssertRefused(PlanImporter.Import("not a zip"u8.ToArray(), "plan.docx", "ปทุมวัน", 2566), ImportErrorCode.CorruptDocument);
    }

    [Fact]
    public void Text_without_a_plan_table_is_refused()
    {
        var text = "รายงานผลการประเมิน\nตัวชี้วัด\tน้ำหนัก\tคะแนน\nตัวชี้วัดที่ 1\t30\t92.35\n"u8.ToArray();

        AssertRefused(PlanImporter.Import(text, "plan.txt", "หนองแขม", 2567), ImportErrorCode.NoTable);
    }

    [Fact]
    public void Pdf_and_old_word_files_are_refused_with_advice()
    {
        AssertRefused(PlanImporter.Import("%PDF-1.7 ..."u8.ToArray(), "plan.pdf", "หนองแขม", 2567), ImportErrorCode.UnsupportedFormat);
        AssertRefused(PlanImporter.Import([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "plan.doc", "หนองแขม", 2567), ImportErrorCode.UnsupportedFormat);
    }

    [Fact]
    public async Task Fifty_megabyte_file_is_refused_before_it_is_read()
    {
        await using var stream = new UnreadableStream(50L * 1024 * 1024);

        var result = await PlanImporter.ImportAsync(stream, "plan.txt", "หนองแขม", 2567);

        AssertRefused(result, ImportErrorCode.TooLarge);
        Assert.Equal(0, stream.BytesRead);
    }

    [Fact]
    public async Task Oversized_stream_of_unknown_length_stops_at_the_limit()
    {
        var options = new ImportOptions { MaxBytes = 1024 * 1024 };
        await using var stream = new UnreadableStream(50L * 1024 * 1024, seekable: false);

        var result = await PlanImporter.ImportAsync(stream, "plan.txt", "หนองแขม", 2567, options);

        AssertRefused(result, ImportErrorCode.TooLarge);
        Assert.InRange(stream.BytesRead, options.MaxBytes + 1, options.MaxBytes + 100_000);
    }

    [Fact]
    public async Task Fifty_megabyte_file_on_disk_is_refused_by_its_size()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ita-{Guid.NewGuid():N}.txt");
        await using (var file = File.Create(path))
        {
            file.SetLength(50L * 1024 * 1024);
        }

        try
        {
            AssertRefused(await PlanImporter.ImportFileAsync(path, "หนองแขม", 2567), ImportErrorCode.TooLarge);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A stream of the given length that counts what is read from it; every byte is 'a'.</summary>
    private sealed class UnreadableStream(long length, bool seekable = true) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? length : throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            buffer.AsSpan(offset, n).Fill((byte)'a');
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
