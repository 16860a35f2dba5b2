using FsCheck.Xunit;
using ItaWorkflow.Domain;

namespace ItaWorkflow.Tests.Domain;

public sealed class ThaiDigitsTests
{
    [Fact]
    public void Digits_convert_in_mixed_text()
    {
        Assert.Equal("18", ThaiDigits.ToArabic("1๘"));
        Assert.Equal("O22 (84.21 คะแนน)", ThaiDigits.ToArabic("O๒๒ (๘๔.๒๑ คะแนน)"));
        Assert.Equal("๒๕๖๗", ThaiDigits.ToThai(2567));
    }

    [Property(MaxTest = 1000)]
    public bool Thai_and_arabic_digits_round_trip(string? text)
    {
        var value = text ?? "";
        var arabic = ThaiDigits.ToArabic(value);
        return ThaiDigits.ToArabic(ThaiDigits.ToThai(arabic)) == arabic
            && !arabic.Any(ThaiDigits.IsThaiDigit)
            && arabic.Length == value.Length;
    }

    [Property(MaxTest = 1000)]
    public bool Numbers_written_in_thai_digits_parse_back(int number)
    {
        var thai = ThaiDigits.ToThai(Math.Abs((long)number).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return long.Parse(ThaiDigits.ToArabic(thai), System.Globalization.CultureInfo.InvariantCulture) == Math.Abs((long)number)
            && thai.All(ThaiDigits.IsThaiDigit)
            && thai.All(c => ThaiDigits.ValueOf(c) is >= 0 and <= 9);
    }
}
