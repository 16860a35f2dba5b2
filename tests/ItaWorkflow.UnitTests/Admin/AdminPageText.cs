using System.Text.RegularExpressions;

namespace ItaWorkflow.Tests.Admin;

/// <summary>What a page a district office reads must not show: the engine's codes, JSON, or ISO dates.</summary>
internal static partial class AdminPageText
{
    public static void AssertReadableByDistrictStaff(string text)
    {
        Assert.DoesNotMatch(EngineCodes(), text);
        Assert.DoesNotContain("{\"", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(IsoDate(), text);
    }

    /// <summary>Whether the text has a Thai letter.</summary>
    public static bool HasThai(string text) => text.Any(c => c is >= '\u0E00' and <= '\u0E7F');

    [GeneratedRegex(@"\b(Assigned|AwaitingProgress|AwaitingReview|NotRequired|Running|Completed|Suspended|Terminated|Pending|Failed|FirstHalfReport|FullYearReport|Acknowledgement|Submitted|Returned|Missed|NotStarted|InProgress|Blocked|InstanceStarted|TimerFired)\b")]
    private static partial Regex EngineCodes();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();
}
