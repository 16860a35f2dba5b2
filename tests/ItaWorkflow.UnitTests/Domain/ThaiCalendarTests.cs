using FsCheck;
using FsCheck.Xunit;
using ItaWorkflow.Domain;

namespace ItaWorkflow.Tests.Domain;

public sealed class ThaiCalendarTests
{
    // 1 Jan 1950 – 31 Dec 2150 as day numbers, so BE years stay four digits.
    private static readonly int FirstDay = new DateOnly(1950, 1, 1).DayNumber;
    private static readonly int LastDay = new DateOnly(2150, 12, 31).DayNumber;

    private static DateOnly DateFrom(int seed) => DateOnly.FromDayNumber(FirstDay + (int)((uint)seed % (uint)(LastDay - FirstDay)));

    [Theory]
    [InlineData("๓๐ มี.ค.๖๖", 2023, 3, 30)]
    [InlineData("๕ เม.ย. ๖๖", 2023, 4, 5)]
    [InlineData("๑ เมษายน ๒๕๖๖", 2023, 4, 1)]
    [InlineData("30 มีนาคม 2566", 2023, 3, 30)]
    [InlineData("๑๕ เม.ย.๖๖", 2023, 4, 15)]
    [InlineData("ทุกข้อมูลดำเนินการแล้วเสร็จภายใน ๒๐ เม.ย ๖๖ และนำขึ้น website", 2023, 4, 20)]
    [InlineData("ภายใน 31 ธ.ค. 2566", 2023, 12, 31)]
    [InlineData("1 ต.ค. พ.ศ. 2566", 2023, 10, 1)]
    public void Day_deadlines_parse_to_exact_dates(string text, int year, int month, int day)
    {
        var deadline = ThaiCalendar.ParseDeadline(text);

        Assert.Equal(new Deadline(DeadlineKind.Day, new DateOnly(year, month, day), text), deadline);
    }

    [Theory]
    [InlineData("ภายในเดือนเมษายน 2567", 2024, 4, 30)]
    [InlineData("ภายในเดือนกุมภาพันธ์ ๒๕๖๗", 2024, 2, 29)]
    [InlineData("ก.ย. ๖๖", 2023, 9, 30)]
    public void Month_deadlines_mean_the_last_day_of_the_month(string text, int year, int month, int day)
    {
        var deadline = ThaiCalendar.ParseDeadline(text);

        Assert.Equal(DeadlineKind.Month, deadline.Kind);
        Assert.Equal(new DateOnly(year, month, day), deadline.Date);
    }

    [Theory]
    [InlineData("๓๐ มี.ค.", 2023, 3, 30)]
    [InlineData("๑๕ พ.ย.", 2022, 11, 15)]
    public void Deadlines_without_a_year_take_it_from_the_fiscal_year(string text, int year, int month, int day)
    {
        var deadline = ThaiCalendar.ParseDeadline(text, new FiscalYear(2566));

        Assert.Equal(new DateOnly(year, month, day), deadline.Date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ทุกเดือน")]
    [InlineData("๓๒ มี.ค. ๖๖")]
    [InlineData("ตลอดปีงบประมาณ")]
    public void Text_without_a_date_gives_no_deadline(string text)
    {
        var deadline = ThaiCalendar.ParseDeadline(text);

        Assert.Equal(DeadlineKind.None, deadline.Kind);
        Assert.Null(deadline.Date);
        Assert.Equal(text, deadline.Text);
    }

    [Fact]
    public void Dates_format_as_thai_documents_write_them()
    {
        var date = new DateOnly(2023, 3, 30);

        Assert.Equal("๓๐ มี.ค. ๒๕๖๖", ThaiCalendar.FormatShort(date));
        Assert.Equal("๓๐ มีนาคม ๒๕๖๖", ThaiCalendar.FormatLong(date));
        Assert.Equal("30 มีนาคม 2566", ThaiCalendar.FormatLongArabic(date));
        Assert.Equal("เมษายน ๒๕๖๗", ThaiCalendar.FormatMonth(2024, 4));
    }

    [Fact]
    public void Fiscal_year_2567_runs_from_october_2023_and_has_two_rounds()
    {
        var year = new FiscalYear(2567);

        Assert.Equal(year, ThaiCalendar.FiscalYearOf(new DateOnly(2023, 10, 1)));
        Assert.Equal(new FiscalYear(2566), ThaiCalendar.FiscalYearOf(new DateOnly(2023, 9, 30)));
        Assert.Equal(new DateOnly(2024, 3, 31), ThaiCalendar.RoundEnd(year, 6));
        Assert.Equal(new DateOnly(2024, 9, 30), ThaiCalendar.RoundEnd(year, 12));
        Assert.Equal(6, ThaiCalendar.RoundOf(new DateOnly(2023, 12, 1)));
        Assert.Equal(12, ThaiCalendar.RoundOf(new DateOnly(2024, 4, 1)));
    }

    [Property(MaxTest = 500)]
    public bool Buddhist_and_gregorian_years_convert_both_ways(int seed)
    {
        var year = DateFrom(seed).Year;
        return ThaiCalendar.ToGregorianYear(ThaiCalendar.ToBuddhistYear(year)) == year
            && ThaiCalendar.ToBuddhistYear(year) - year == 543;
    }

    [Property(MaxTest = 500)]
    public bool Every_date_falls_in_its_fiscal_year_and_round(int seed)
    {
        var date = DateFrom(seed);
        var fiscalYear = ThaiCalendar.FiscalYearOf(date);
        var roundEnd = ThaiCalendar.RoundEnd(fiscalYear, ThaiCalendar.RoundOf(date));
        return fiscalYear.Contains(date)
            && !new FiscalYear(fiscalYear.BuddhistYear + 1).Contains(date)
            && date <= roundEnd
            && (ThaiCalendar.RoundOf(date) == 6 || date > fiscalYear.FirstHalfEnd);
    }

    [Property(MaxTest = 500)]
    public bool Formatted_dates_parse_back_to_the_same_day(int seed)
    {
        var date = DateFrom(seed);
        return ThaiCalendar.ParseDeadline(ThaiCalendar.FormatShort(date)).Date == date
            && ThaiCalendar.ParseDeadline(ThaiCalendar.FormatLong(date)).Date == date
            && ThaiCalendar.ParseDeadline(ThaiCalendar.FormatLongArabic(date)).Date == date;
    }

    [Property(MaxTest = 500)]
    public bool Two_digit_years_written_without_dots_parse_like_documents(int seed)
    {
        var date = DateFrom(seed);
        var month = ThaiCalendar.Month(date.Month).Abbreviation.TrimEnd('.');
        var text = ThaiDigits.ToThai($"{date.Day} {month}{ThaiCalendar.ToBuddhistYear(date.Year) % 100:00}");
        var parsed = ThaiCalendar.ParseDeadline(text);
        return parsed.Date is { } day && day.Month == date.Month && day.Day == date.Day
            && ThaiCalendar.ToBuddhistYear(day.Year) % 100 == ThaiCalendar.ToBuddhistYear(date.Year) % 100;
    }
}
