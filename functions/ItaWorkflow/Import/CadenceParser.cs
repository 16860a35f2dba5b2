using System.Globalization;
using System.Text.RegularExpressions;
using ItaWorkflow.Domain;

namespace ItaWorkflow.Import;

/// <summary>Reads follow-up cadences: ทุก ๑ เดือน, ทุกเดือน, ทุก ๖ เดือน, รายไตรมาส, ปีละ ๒ ครั้ง …</summary>
internal static partial class CadenceParser
{
    /// <summary>Months between follow-ups, or null when the text names no cadence.</summary>
    public static int? Months(string cell)
    {
        var key = ThaiDigits.ToArabic(cell).Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
        if (key.Length == 0)
        {
            return null;
        }

        var every = EveryNMonths().Match(key);
        if (every.Success)
        {
            var months = int.Parse(every.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            return months is >= 1 and <= 12 ? months : null;
        }

        var perYear = TimesPerYear().Match(key);
        if (perYear.Success)
        {
            var times = int.Parse(perYear.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            return times is >= 1 and <= 12 && 12 % times == 0 ? 12 / times : null;
        }

        if (key.Contains("ทุกเดือน", StringComparison.Ordinal) || key.Contains("รายเดือน", StringComparison.Ordinal)
            || key.Contains("เดือนละ1ครั้ง", StringComparison.Ordinal) || key.Contains("ทุกสัปดาห์", StringComparison.Ordinal))
        {
            return 1;
        }

        if (key.Contains("ไตรมาส", StringComparison.Ordinal))
        {
            return 3;
        }

        if (key.Contains("ครึ่งปี", StringComparison.Ordinal))
        {
            return 6;
        }

        return key.Contains("ทุกปี", StringComparison.Ordinal) || key.Contains("รายปี", StringComparison.Ordinal) ? 12 : null;
    }

    /// <summary>Thai text of a cadence as plans write it: ทุก ๑ เดือน.</summary>
    public static string Format(FollowUpCadence cadence) => "ทุก " + ThaiDigits.ToThai(cadence.Months) + " เดือน";

    [GeneratedRegex(@"(?:ทุก|ราย)(?<n>[0-9]{1,2})เดือน")]
    private static partial Regex EveryNMonths();

    [GeneratedRegex(@"ปีละ(?<n>[0-9]{1,2})ครั้ง")]
    private static partial Regex TimesPerYear();
}
