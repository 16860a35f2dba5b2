using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using ItaWorkflow.Domain;

namespace ItaWorkflow.Import;

/// <summary>
/// Imports a district's measure plan from the documents offices already have — tab-separated text extracted
/// from Word/PDF, .docx, .xlsx or .csv — into a draft <see cref="Plan"/> plus findings. Never throws for bad
/// input: empty, oversized, binary, wrongly encoded or table-less files, and .docx/.xlsx that unpack or expand past
/// the <see cref="ImportOptions"/> limits, give an <see cref="ImportError"/>.
/// Nothing is stored here; storing is the caller's decision once the coordinator confirms.
/// </summary>
public static class PlanImporter
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0];
    private static readonly byte[] PdfSignature = "%PDF"u8.ToArray();
    private static readonly System.Buffers.SearchValues<byte> BlankBytes = System.Buffers.SearchValues.Create([0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF]);

    /// <summary>Imports a file from disk; its size is checked before it is opened for reading.</summary>
    public static async Task<ImportResult> ImportFileAsync(string path, string district, int fiscalYear, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ImportOptions();
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return ImportResult.Failed(new ImportError(ImportErrorCode.EmptyFile, $"ไม่พบไฟล์ {info.Name}", $"File {info.Name} not found."));
        }

        if (info.Length > options.MaxBytes)
        {
            return ImportResult.Failed(TooLarge(info.Length, options.MaxBytes));
        }

        await using var stream = info.OpenRead();
        return await ImportAsync(stream, info.Name, district, fiscalYear, options, cancellationToken);
    }

    /// <summary>
    /// Imports a plan from a stream. A seekable stream longer than <see cref="ImportOptions.MaxBytes"/> is refused
    /// without reading; otherwise at most MaxBytes + 1 bytes are read.
    /// </summary>
    public static async Task<ImportResult> ImportAsync(Stream stream, string fileName, string district, int fiscalYear, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ImportOptions();
        if (stream.CanSeek && stream.Length - stream.Position > options.MaxBytes)
        {
            return ImportResult.Failed(TooLarge(stream.Length - stream.Position, options.MaxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxBytes)
            {
                return ImportResult.Failed(TooLarge(buffer.Length, options.MaxBytes));
            }
        }

        return Import(buffer.ToArray(), fileName, district, fiscalYear, options);
    }

    /// <summary>Imports a plan from bytes already in memory.</summary>
    public static ImportResult Import(byte[] content, string fileName, string district, int fiscalYear, ImportOptions? options = null)
    {
        options ??= new ImportOptions();
        if (content.Length > options.MaxBytes)
        {
            return ImportResult.Failed(TooLarge(content.Length, options.MaxBytes));
        }

        if (content.AsSpan().IndexOfAnyExcept(BlankBytes) < 0)
        {
            return ImportResult.Failed(new ImportError(ImportErrorCode.EmptyFile, "ไฟล์ว่างเปล่า", "The file is empty."));
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var (rows, format, error) = Read(content, extension, options);
        if (error is not null)
        {
            return ImportResult.Failed(error, format, rows?.Count ?? 0);
        }

        // Markup only appears in text extracted from PDF/HTML; real Word and Excel cells are taken literally.
        var assembler = new PlanAssembler(Path.GetFileName(fileName), new FiscalYear(fiscalYear), options, cellsAreHtml: format is "tsv" or "csv");
        var measures = assembler.Assemble(rows!);
        if (!assembler.FoundTable)
        {
            return ImportResult.Failed(
                new ImportError(ImportErrorCode.NoTable,
                    "ไม่พบตารางมาตรการ (ต้องมีหัวตาราง เช่น ตัวชี้วัด / ประเด็นที่ต้องปรับปรุง / มาตรการ/กิจกรรม / ผู้รับผิดชอบ)",
                    "No measure table found (a header such as ตัวชี้วัด / ประเด็นที่ต้องปรับปรุง / มาตรการ/กิจกรรม / ผู้รับผิดชอบ is required)."),
                format, rows!.Count);
        }

        if (measures.Count == 0)
        {
            return new ImportResult(null, assembler.Findings,
                new ImportError(ImportErrorCode.NoMeasures, "พบหัวตารางมาตรการแต่ไม่มีมาตรการ", "A measure table header was found but no measures."),
                new ImportStats(format, rows!.Count, assembler.TableRows, 0, assembler.Findings.Count));
        }

        var plan = new Plan(district.Trim(), fiscalYear, measures);
        return new ImportResult(plan, assembler.Findings, null,
            new ImportStats(format, rows!.Count, assembler.TableRows, measures.Count, assembler.Findings.Count));
    }

    private static (IReadOnlyList<SourceRow>? Rows, string Format, ImportError? Error) Read(byte[] content, string extension, ImportOptions options)
    {
        if (content.AsSpan().StartsWith(ZipSignature))
        {
            return ReadPackage(content, extension, options);
        }

        if (content.AsSpan().StartsWith(OleSignature))
        {
            return (null, "doc", new ImportError(ImportErrorCode.UnsupportedFormat,
                "ไฟล์ Word/Excel รุ่นเก่า (.doc/.xls) ไม่รองรับ กรุณาบันทึกเป็น .docx หรือ .xlsx",
                "Old Word/Excel files (.doc/.xls) are not supported; save as .docx or .xlsx."));
        }

        if (content.AsSpan().StartsWith(PdfSignature))
        {
            return (null, "pdf", new ImportError(ImportErrorCode.UnsupportedFormat,
                "ไฟล์ PDF ไม่รองรับ กรุณาบันทึกตารางเป็น .docx, .xlsx หรือข้อความ",
                "PDF is not supported; save the table as .docx, .xlsx or text."));
        }

        if (extension is ".docx" or ".xlsx")
        {
            return (null, extension[1..], new ImportError(ImportErrorCode.CorruptDocument,
                "ไฟล์ไม่ใช่เอกสาร Office ที่ถูกต้อง", "The file is not a valid Office document."));
        }

        var (text, error) = DecodeText(content);
        if (error is not null)
        {
            return (null, "text", error);
        }

        return extension == ".csv"
            ? (DelimitedTextReader.ReadCsv(text!), "csv", null)
            : (DelimitedTextReader.ReadTabSeparated(text!), "tsv", null);
    }

    private static (IReadOnlyList<SourceRow>? Rows, string Format, ImportError? Error) ReadPackage(byte[] content, string extension, ImportOptions options)
    {
        try
        {
            bool isWord;
            using (var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read))
            {
                isWord = zip.GetEntry("word/document.xml") is not null;
                if (!isWord && zip.GetEntry("xl/workbook.xml") is null)
                {
                    return (null, extension.TrimStart('.'), new ImportError(ImportErrorCode.UnsupportedFormat,
                        "ไฟล์ ZIP นี้ไม่ใช่ .docx หรือ .xlsx", "This ZIP file is neither .docx nor .xlsx."));
                }

                if (PackageLimits.Check(zip, options) is { } tooLarge)
                {
                    return (null, isWord ? "docx" : "xlsx", tooLarge);
                }
            }

            using var stream = new MemoryStream(content, false);
            if (isWord)
            {
                var rows = DocxTableReader.Read(stream, new CellBudget(options));
                return rows is null
                    ? (null, "docx", new ImportError(ImportErrorCode.NoTable, "เอกสาร Word นี้ไม่มีตาราง", "This Word document has no table."))
                    : (rows, "docx", null);
            }

            return (XlsxTableReader.Read(stream, new CellBudget(options)), "xlsx", null);
        }
        catch (ImportLimitException exception)
        {
            return (null, extension.TrimStart('.'), exception.Error);
        }
        catch (Exception exception) when (exception is InvalidDataException or OpenXmlPackageException or XmlException or IOException
            or InvalidOperationException or ArgumentException or NotSupportedException or FormatException or OverflowException)
        {
            return (null, extension.TrimStart('.'), new ImportError(ImportErrorCode.CorruptDocument,
                "เอกสารเสียหรืออ่านไม่ได้", $"The document is damaged or unreadable ({exception.GetType().Name})."));
        }
    }

    private static (string? Text, ImportError? Error) DecodeText(byte[] content)
    {
        string text;
        if (content.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE }) || content.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }
        else
        {
            try
            {
                text = new UTF8Encoding(false, true).GetString(content);
            }
            catch (DecoderFallbackException)
            {
                var thaiLegacy = content.Count(b => b is >= 0xA1 and <= 0xFB) > content.Length / 10;
                return (null, new ImportError(ImportErrorCode.WrongEncoding,
                    thaiLegacy
                        ? "ไฟล์ไม่ได้เข้ารหัสแบบ UTF-8 (น่าจะเป็น TIS-620/Windows-874) กรุณาบันทึกใหม่เป็น UTF-8"
                        : "ไฟล์ไม่ได้เข้ารหัสแบบ UTF-8 หรือไม่ใช่ไฟล์ข้อความ กรุณาบันทึกใหม่เป็น UTF-8",
                    thaiLegacy
                        ? "The file is not UTF-8 (it looks like TIS-620/Windows-874); save it again as UTF-8."
                        : "The file is not UTF-8 text; save it again as UTF-8."));
            }
        }

        text = text.TrimStart('\uFEFF');
        var control = text.Count(c => c < ' ' && c is not '\t' and not '\n' and not '\r');
        if (text.Contains('\0', StringComparison.Ordinal) || control > text.Length / 100 + 1)
        {
            return (null, new ImportError(ImportErrorCode.NotText, "ไฟล์นี้ไม่ใช่ไฟล์ข้อความหรือเอกสารที่รองรับ",
                "The file is not text or a supported document."));
        }

        return (text, null);
    }

    private static ImportError TooLarge(long size, long max) => new(
        ImportErrorCode.TooLarge,
        $"ไฟล์ใหญ่เกินไป ({size / 1024 / 1024} MB) ขนาดสูงสุด {max / 1024 / 1024} MB",
        $"The file is too large ({size / 1024 / 1024} MB); the limit is {max / 1024 / 1024} MB.");
}
