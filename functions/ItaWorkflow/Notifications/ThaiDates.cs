using System.Globalization;

namespace ItaWorkflow.Notifications;

/// <summary>Thai Buddhist-Era dates for emails and pages: "25 ตุลาคม 2566", or with Thai digits "๒๕ ตุลาคม ๒๕๖๖".</summary>
public static class ThaiDates
{
    private static readonly string[] Months =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    public static string Format(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year + 543}");

    public static string FormatThaiDigits(DateOnly date) => Domain.ThaiDigits.ToThai(Format(date));

    /// <summary>Date and time in Bangkok (UTC+7), e.g. "25 ตุลาคม 2566 เวลา 09:30 น.".</summary>
    public static string Format(DateTimeOffset instant)
    {
        var local = instant.ToOffset(TimeSpan.FromHours(7));
        return string.Create(CultureInfo.InvariantCulture, $"{Format(DateOnly.FromDateTime(local.DateTime))} เวลา {local:HH:mm} น.");
    }

    /// <summary>Parses the engine's <c>yyyy-MM-dd</c> and formats it; other text is returned as is.</summary>
    public static string FormatIso(string? isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Format(date) : isoDate ?? "";
}
