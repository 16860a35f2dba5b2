using System.Globalization;
using System.IO.Compression;

namespace ItaWorkflow.Import;

/// <summary>
/// Checks what a .docx/.xlsx unpacks to before the Open XML SDK parses it: the 10 MB upload limit only bounds the
/// packed size, and 157 KB of ZIP can hold 50 MB of XML. Each part is actually inflated (in small chunks, nothing
/// kept) rather than trusting the sizes the ZIP headers declare.
/// </summary>
internal static class PackageLimits
{
    /// <summary>The reason to refuse the package, or null when its parts are within the limits.</summary>
    public static ImportError? Check(ZipArchive zip, ImportOptions options)
    {
        var buffer = new byte[81920];
        long total = 0;
        long xml = 0;
        foreach (var entry in zip.Entries)
        {
            var isXml = entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
            long size = 0;
            using (var stream = entry.Open())
            {
                int read;
                while ((read = stream.Read(buffer)) > 0)
                {
                    size += read;
                    if (total + size > options.MaxUnpackedBytes)
                    {
                        return TooLarge(entry.FullName, options.MaxUnpackedBytes, "ทุกส่วนรวมกัน", "all parts together");
                    }

                    if (isXml && xml + size > options.MaxXmlBytes)
                    {
                        return TooLarge(entry.FullName, options.MaxXmlBytes, "ส่วน XML รวมกัน", "the XML parts together");
                    }
                }
            }

            total += size;
            xml += isXml ? size : 0;
            if (size >= ImportOptions.RatioCheckedFromBytes && size > (long)options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                return new ImportError(
                    ImportErrorCode.UnpacksTooLarge,
                    $"เอกสารถูกบีบอัดมากผิดปกติ ({entry.FullName} ขยายได้มากกว่า {options.MaxCompressionRatio.ToString(CultureInfo.InvariantCulture)} เท่า) จึงไม่นำเข้า",
                    $"The document is compressed suspiciously well ({entry.FullName} unpacks to more than {options.MaxCompressionRatio.ToString(CultureInfo.InvariantCulture)} times its size), so it is refused.");
            }
        }

        return null;
    }

    private static ImportError TooLarge(string part, long limit, string whatThai, string whatEnglish) => new(
        ImportErrorCode.UnpacksTooLarge,
        $"เนื้อหาในเอกสารใหญ่เกินไปเมื่อแตกไฟล์: {whatThai}เกิน {Megabytes(limit)} MB (ถึงส่วน {part}) กรุณาลดขนาดเอกสาร",
        $"The document's content is too large once unpacked: {whatEnglish} exceed {Megabytes(limit)} MB (at {part}); make the document smaller.");

    private static string Megabytes(long bytes) => (bytes / 1024 / 1024).ToString(CultureInfo.InvariantCulture);
}
