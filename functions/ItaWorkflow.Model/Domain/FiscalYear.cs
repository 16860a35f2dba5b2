namespace ItaWorkflow.Domain;

/// <summary>
/// A Thai government fiscal year, named by the Buddhist-Era year in which it ends:
/// ปีงบประมาณ พ.ศ. 2567 runs from 1 Oct 2023 to 30 Sep 2024.
/// </summary>
public readonly record struct FiscalYear(int BuddhistYear)
{
    public const int BuddhistEraOffset = 543;

    /// <summary>First day (1 October of the previous Gregorian year).</summary>
    public DateOnly Start => new(BuddhistYear - BuddhistEraOffset - 1, 10, 1);

    /// <summary>Last day (30 September).</summary>
    public DateOnly End => new(BuddhistYear - BuddhistEraOffset, 9, 30);

    /// <summary>Last day of the first-half round (31 March).</summary>
    public DateOnly FirstHalfEnd => new(BuddhistYear - BuddhistEraOffset, 3, 31);

    /// <summary>The fiscal year a Gregorian date falls in.</summary>
    public static FiscalYear Of(DateOnly date) =>
        new(date.Month >= 10 ? date.Year + 1 + BuddhistEraOffset : date.Year + BuddhistEraOffset);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public override string ToString() => BuddhistYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
