using System.Globalization;
using System.Text;

namespace ItaWorkflow.Links;

/// <summary>
/// What evidence a division may attach: up to <see cref="MaxFiles"/> files of at most <see cref="MaxBytes"/> each,
/// jpg/png/pdf/docx/xlsx/pptx checked by extension and by their first bytes, and http/https URLs.
/// </summary>
public static class EvidenceRules
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxFiles = 5;

    private static readonly Dictionary<string, (string ContentType, byte[] Magic)> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".jpeg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".png"] = ("image/png", [0x89, 0x50, 0x4E, 0x47]),
        [".pdf"] = ("application/pdf", "%PDF"u8.ToArray()),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [0x50, 0x4B, 0x03, 0x04]),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [0x50, 0x4B, 0x03, 0x04]),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", [0x50, 0x4B, 0x03, 0x04]),
    };

    /// <summary>The content type to store, or a Thai error for the user.</summary>
    public static (string? ContentType, string? Error) CheckFile(string fileName, long length, ReadOnlySpan<byte> head)
    {
        var name = Path.GetFileName(fileName);
        if (!Allowed.TryGetValue(Path.GetExtension(name), out var rule))
        {
            return (null, $"ไฟล์ \"{name}\" เป็นชนิดที่ไม่รองรับ รองรับเฉพาะ jpg, png, pdf, docx, xlsx, pptx (unsupported file type)");
        }

        if (length > MaxBytes)
        {
            return (null, $"ไฟล์ \"{name}\" มีขนาดเกิน 10 MB (file too large)");
        }

        if (length == 0 || !head.StartsWith(rule.Magic))
        {
            return (null, $"เนื้อหาไฟล์ \"{name}\" ไม่ตรงกับชนิดไฟล์ (file content does not match its type)");
        }

        return (rule.ContentType, null);
    }

    /// <summary>Null when the URL is an absolute http/https URL, else a Thai error.</summary>
    public static string? CheckUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? null
            : $"ลิงก์หลักฐาน \"{url}\" ต้องขึ้นต้นด้วย http:// หรือ https:// (evidence URLs must be http or https)";

    /// <summary>
    /// A file name safe for blob names: letters (any script) with their combining marks (Thai vowels and tones), digits,
    /// dot, dash and underscore; other characters become '_', invisible ones are dropped, runs of dots become one.
    /// </summary>
    public static string SafeFileName(string fileName)
    {
        var name = new StringBuilder();
        foreach (var c in DisplayName(fileName))
        {
            var kept = IsSafeFileNameCharacter(c) ? c : '_';
            if (kept != '.' || name.Length == 0 || name[^1] != '.')
            {
                name.Append(kept);
            }
        }

        return name.Length <= 80 ? name.ToString() : name.ToString()[^80..];
    }

    /// <summary>The uploaded file's name as shown and stored: its last path segment without invisible characters.</summary>
    public static string DisplayName(string fileName) => Path.GetFileName(string.Concat(fileName.Where(c => !IsInvisible(c))));

    /// <summary>
    /// Format characters (Unicode Cf: bidi overrides such as U+202E, zero-width joiners…) and the line and paragraph
    /// separators, which can make a shown file name read differently from what it is.
    /// </summary>
    public static bool IsInvisible(char c) =>
        c is '\u2028' or '\u2029' || char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static bool IsSafeFileNameCharacter(char c) =>
        char.IsLetterOrDigit(c) || c is '.' or '-' or '_'
        || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
