using System.Globalization;

namespace ItaWorkflow.Links;

/// <summary>
/// Limits on what a link form accepts as text: lengths that keep an instance's state well inside Table Storage's entity
/// size, and no control characters (other than tab and line breaks), NUL or unpaired surrogates, which cannot be shown,
/// emailed or written into DOCX/XLSX reports. Each error names the field in Thai, then English.
/// </summary>
public static class LinkFormRules
{
    public const int MaxResult = 4000;
    public const int MaxProblems = 4000;
    public const int MaxComment = 2000;
    public const int MaxUrl = 2000;
    public const int MaxUrls = 10;
    public const int MaxFileName = 200;

    /// <summary>Null when <paramref name="value"/> fits, else a Thai error naming <paramref name="field"/>.</summary>
    public static string? CheckText(string field, string value, int maxLength)
    {
        if (value.Length > maxLength)
        {
            return $"{field} ยาวเกิน {maxLength.ToString("N0", CultureInfo.InvariantCulture)} ตัวอักษร (too long: {value.Length.ToString(CultureInfo.InvariantCulture)} characters)";
        }

        return HasForbiddenCharacter(value)
            ? $"{field} มีอักขระควบคุมหรืออักขระที่ไม่ถูกต้อง กรุณาพิมพ์ใหม่ (contains control or invalid characters)"
            : null;
    }

    /// <summary>True for control characters other than tab, CR and LF, and for unpaired UTF-16 surrogates.</summary>
    public static bool HasForbiddenCharacter(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
            {
                return true;
            }
        }

        return false;
    }
}
