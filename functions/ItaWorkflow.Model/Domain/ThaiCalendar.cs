using System.Globalization;
using System.Text.RegularExpressions;

namespace ItaWorkflow.Domain;

/// <summary>
/// Buddhist-Era dates as Thai documents write them: conversion BE ↔ CE, Thai month names, formatting
/// (<c>๓๐ มี.ค. ๒๕๖๖</c>, <c>30 มีนาคม 2566</c>), fiscal-year rounds, and parsing of deadlines such as
/// <c>๓๐ มี.ค.๖๖</c>, <c>๑ เมษายน ๒๕๖๖</c> or <c>ภายในเดือนเมษายน 2567</c>.
/// </summary>
public static partial class ThaiCalendar
{
    /// <summary>Years to add to a Gregorian year to get the Buddhist-Era year.</summary>
    public const int BuddhistEraOffset = FiscalYear.BuddhistEraOffset;

    /// <summary>The twelve months, January first.</summary>
    public static IReadOnlyList<ThaiMonth> Months { get; } =
    [
        new(1, "มกราคม", "ม.ค."),
        new(2, "กุมภาพันธ์", "ก.พ."),
        new(3, "มีนาคม", "มี.ค."),
        new(4, "เมษายน", "เม.ย."),
        new(5, "พฤษภาคม", "พ.ค."),
        new(6, "มิถุนายน", "มิ.ย."),
        new(7, "กรกฎาคม", "ก.ค."),
        new(8, "สิงหาคม", "ส.ค."),
        new(9, "กันยายน", "ก.ย."),
        new(10, "ตุลาคม", "ต.ค."),
        new(11, "พฤศจิกายน", "พ.ย."),
        new(12, "ธันวาคม", "ธ.ค."),
    ];

    /// <summary>Buddhist-Era year of a Gregorian year (2023 → 2566).</summary>
    public static int ToBuddhistYear(int gregorianYear) => gregorianYear + BuddhistEraOffset;

    /// <summary>Gregorian year of a Buddhist-Era year (2566 → 2023).</summary>
    public static int ToGregorianYear(int buddhistYear) => buddhistYear - BuddhistEraOffset;

    /// <summary>
    /// Expands a two-digit BE year as documents write it (๖๖ → 2566); four-digit years are returned unchanged,
    /// and a four-digit year that looks Gregorian (below 2400) is converted to BE.
    /// </summary>
    public static int ExpandBuddhistYear(int year) => year switch
    {
        < 100 => 2500 + year,
        < 2400 => ToBuddhistYear(year),
        _ => year,
    };

    /// <summary>The fiscal year (named by its BE end year) a date falls in: 1 Oct 2023 → 2567.</summary>
    public static FiscalYear FiscalYearOf(DateOnly date) => FiscalYear.Of(date);

    /// <summary>
    /// The reporting round of a date within its fiscal year: 6 for the first half (October–March),
    /// 12 for the second half (April–September), matching the 6- and 12-month reports.
    /// </summary>
    public static int RoundOf(DateOnly date) => date.Month is >= 10 or <= 3 ? 6 : 12;

    /// <summary>Last day of the reporting round (<paramref name="months"/> = 6 or 12) of a fiscal year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When months is not 6 or 12.</exception>
    public static DateOnly RoundEnd(FiscalYear fiscalYear, int months) => months switch
    {
        6 => fiscalYear.FirstHalfEnd,
        12 => fiscalYear.End,
        _ => throw new ArgumentOutOfRangeException(nameof(months), months, "Rounds are 6 or 12 months."),
    };

    /// <summary>The month with the given number 1–12.</summary>
    public static ThaiMonth Month(int number) => Months[number - 1];

    /// <summary>Short Thai date with Thai digits, as printed in documents: <c>๓๐ มี.ค. ๒๕๖๖</c>.</summary>
    public static string FormatShort(DateOnly date) =>
        ThaiDigits.ToThai($"{date.Day} {Month(date.Month).Abbreviation} {ToBuddhistYear(date.Year)}");

    /// <summary>Long Thai date with Thai digits: <c>๓๐ มีนาคม ๒๕๖๖</c>.</summary>
    public static string FormatLong(DateOnly date) => ThaiDigits.ToThai(FormatLongArabic(date));

    /// <summary>Long Thai date with Arabic digits, for screens and emails: <c>30 มีนาคม 2566</c>.</summary>
    public static string FormatLongArabic(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Month(date.Month).FullName} {ToBuddhistYear(date.Year)}");

    /// <summary>Month and BE year with Thai digits: <c>เมษายน ๒๕๖๗</c>.</summary>
    public static string FormatMonth(int year, int month) =>
        ThaiDigits.ToThai(string.Create(CultureInfo.InvariantCulture, $"{Month(month).FullName} {ToBuddhistYear(year)}"));

    /// <summary>The month number of a Thai month name or abbreviation, tolerant of missing dots and spaces (เม.ย, เมย., มี.ค).</summary>
    internal static int? MonthFromToken(string token)
    {
        var squeezed = token.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (squeezed.Length == 0)
        {
            return null;
        }

        foreach (var month in Months)
        {
            if (squeezed == month.FullName || squeezed == month.Abbreviation.Replace(".", "", StringComparison.Ordinal))
            {
                return month.Number;
            }
        }

        return null;
    }

    /// <summary>
    /// Parses a deadline as plans write it. Accepts Thai or Arabic digits, full or abbreviated month names
    /// (with or without dots), two- or four-digit BE years, and month-only forms
    /// (<c>ภายในเดือนเมษายน 2567</c> → last day of April 2024). When the text has no year,
    /// the year is taken from <paramref name="fiscalYear"/> (October–December belong to the previous CE year).
    /// Text around the date is ignored. Returns <see cref="Deadline.None"/> with the text when no date is found.
    /// </summary>
    public static Deadline ParseDeadline(string? text, FiscalYear? fiscalYear = null)
    {
        var original = (text ?? "").Trim();
        if (original.Length == 0)
        {
            return Deadline.None;
        }

        var normal = ThaiDigits.ToArabic(original);
        foreach (Match match in DayMonthYear().Matches(normal))
        {
            var month = MonthFromToken(match.Groups["month"].Value);
            if (month is null)
            {
                continue;
            }

            var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            var year = ResolveYear(match.Groups["year"], month.Value, fiscalYear);
            if (year is null || day < 1 || day > DateTime.DaysInMonth(year.Value, month.Value))
            {
                continue;
            }

            return new Deadline(DeadlineKind.Day, new DateOnly(year.Value, month.Value, day), original);
        }

        foreach (Match match in MonthYear().Matches(normal))
        {
            var token = match.Groups["month"].Value;
            var month = MonthFromToken(token);

            // Undotted two-letter abbreviations without a day are too likely to be parts of ordinary words.
            if (month is null || (token.Length <= 3 && !token.Contains('.', StringComparison.Ordinal)))
            {
                continue;
            }

            var year = ResolveYear(match.Groups["year"], month.Value, fiscalYear);
            if (year is null)
            {
                continue;
            }

            return new Deadline(DeadlineKind.Month, new DateOnly(year.Value, month.Value, DateTime.DaysInMonth(year.Value, month.Value)), original);
        }

        return new Deadline(DeadlineKind.None, null, original);
    }

    private static int? ResolveYear(Group yearGroup, int month, FiscalYear? fiscalYear)
    {
        if (yearGroup.Success && int.TryParse(yearGroup.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var written))
        {
            var buddhist = ExpandBuddhistYear(written);
            var gregorian = ToGregorianYear(buddhist);
            return gregorian is >= 1900 and <= 2200 ? gregorian : null;
        }

        if (fiscalYear is { } fy)
        {
            var endYear = ToGregorianYear(fy.BuddhistYear);
            return month >= 10 ? endYear - 1 : endYear;
        }

        return null;
    }

    private const string MonthPattern =
        @"(?<month>มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
        + @"ม\.?\s?ค\.?|ก\.?\s?พ\.?|มี\.?\s?ค\.?|เม\.?\s?ย\.?|พ\.?\s?ค\.?|มิ\.?\s?ย\.?|ก\.?\s?ค\.?|ส\.?\s?ค\.?|ก\.?\s?ย\.?|ต\.?\s?ค\.?|พ\.?\s?ย\.?|ธ\.?\s?ค\.?)";

    [GeneratedRegex(@"(?<![0-9])(?<day>[0-9]{1,2})\s*" + MonthPattern + @"\s*(?:พ\.?\s?ศ\.?\s*)?(?<year>[0-9]{4}|[0-9]{2})?(?![0-9])")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![0-9]\s*)(?:เดือน\s*)?" + MonthPattern + @"\s*(?:พ\.?\s?ศ\.?\s*)?(?<year>[0-9]{4}|[0-9]{2})(?![0-9])")]
    private static partial Regex MonthYear();
}
