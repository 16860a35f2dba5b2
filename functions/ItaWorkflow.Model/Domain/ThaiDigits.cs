using System.Globalization;
using System.Text;

namespace ItaWorkflow.Domain;

/// <summary>Conversion between Thai digits (๐–๙) and Arabic digits (0–9).</summary>
public static class ThaiDigits
{
    private const char ThaiZero = '๐';

    /// <summary>True for ๐–๙.</summary>
    public static bool IsThaiDigit(char c) => c is >= '๐' and <= '๙';

    /// <summary>True for 0–9 or ๐–๙.</summary>
    public static bool IsAnyDigit(char c) => char.IsAsciiDigit(c) || IsThaiDigit(c);

    /// <summary>The value 0–9 of an Arabic or Thai digit, or -1.</summary>
    public static int ValueOf(char c) => char.IsAsciiDigit(c) ? c - '0' : IsThaiDigit(c) ? c - ThaiZero : -1;

    /// <summary>Replaces every Thai digit with its Arabic digit; other characters are kept.</summary>
    public static string ToArabic(string text)
    {
        if (!text.Any(IsThaiDigit))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = IsThaiDigit(c) ? (char)('0' + (c - ThaiZero)) : c;
            }
        });
    }

    /// <summary>Replaces every Arabic digit with its Thai digit; other characters are kept.</summary>
    public static string ToThai(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsAsciiDigit(c) ? (char)(ThaiZero + (c - '0')) : c);
        }

        return builder.ToString();
    }

    /// <summary>A number written in Thai digits, e.g. 2566 → ๒๕๖๖.</summary>
    public static string ToThai(int value) => ToThai(value.ToString(CultureInfo.InvariantCulture));
}
