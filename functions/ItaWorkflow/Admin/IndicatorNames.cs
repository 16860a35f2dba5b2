using ItaWorkflow.Domain.Ita;

namespace ItaWorkflow.Admin;

/// <summary>How admin pages label an indicator: "2 การใช้งบประมาณ", from the domain catalog.</summary>
public static class IndicatorNames
{
    public static string Of(int indicator) =>
        ItaModel.FindIndicator(indicator) is { } found
            ? $"{found.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)} {found.ThaiName}"
            : "แผน (plan)";
}
