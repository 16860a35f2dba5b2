using System.Text.RegularExpressions;

namespace ItaWorkflow.Admin;

/// <summary>
/// The admin pages' words in the chosen language, one language at a time. Messages are written in code Thai first with
/// the English after ("ขั้นตอน (Step)", "ส่งกลับเข้าคิวแล้ว — queued again."); that bilingual text is the message id.
/// Thai pages show the Thai part; English pages show the English entry of <see cref="English"/> or, for messages without
/// one, the English part. Only code's own messages go through here, never user data, which is shown as typed.
/// </summary>
public sealed partial class AdminText(AdminLanguage language)
{
    /// <summary>The cookie that keeps an admin's choice across pages.</summary>
    public const string Cookie = "ita_admin_lang";

    /// <summary>The query parameter that switches the language (<c>th</c> or <c>en</c>).</summary>
    public const string QueryKey = "lang";

    public static AdminText Thai { get; } = new(AdminLanguage.Thai);

    public static AdminText InEnglish { get; } = new(AdminLanguage.English);

    /// <summary>English for messages whose English part cannot be read off the bilingual text.</summary>
    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        ["เมนูหลัก"] = "Main menu",
        ["ผู้ดูแลส่วนกลาง"] = "Central admin",
        ["ผู้ดูแลเขต"] = "District admin, ",
        ["อ่านอย่างเดียว"] = "Read-only",
        [" (เกินกำหนด)"] = " (overdue)",
        ["เขต (ว่าง = ทั้ง กทม.) (District, empty = BMA-wide)"] = "District (empty = BMA-wide)",
        ["เก่ากว่า (วัน) (Older than, days)"] = "Older than, days",
        ["ไฟล์แผน (.docx, .xlsx, .csv, .txt) (Plan document)"] = "Plan document (.docx, .xlsx, .csv, .txt)",
        ["อัตราส่งตรงเวลา รายเดือน (%) (On-time rate per month)"] = "On-time rate per month (%)",
    };

    public AdminLanguage Language { get; } = language;

    /// <summary>The value of the <c>lang</c> attribute of the page.</summary>
    public string Code => Language == AdminLanguage.English ? "en" : "th";

    /// <summary>A message in this language.</summary>
    public string this[string message] =>
        Language == AdminLanguage.Thai ? ThaiPart(message)
        : English.TryGetValue(message, out var english) ? english
        : EnglishPart(message);

    /// <summary>
    /// One of two whole messages by language, for messages that carry what a user typed: the bilingual split of
    /// <see cref="this[string]"/> would be thrown off by a typed dash or Thai text in the English part.
    /// </summary>
    public string Pick(string thai, string english) => Language == AdminLanguage.English ? english : thai;

    /// <summary>The language of this request: set by <see cref="Remember"/>, else the cookie, else Thai.</summary>
    public static AdminText For(HttpContext context) =>
        context.Items[Cookie] as AdminText ?? Parse(context.Request.Cookies[Cookie]) ?? Thai;

    /// <summary>Applies a <c>?lang=</c> switch (keeping it in a cookie for later pages) and notes the request's language.</summary>
    public static void Remember(HttpContext context)
    {
        if (Parse(context.Request.Query[QueryKey].ToString()) is { } chosen)
        {
            context.Response.Cookies.Append(Cookie, chosen.Code, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Path = "/manage",
                MaxAge = TimeSpan.FromDays(365),
            });
            context.Items[Cookie] = chosen;
        }
    }

    private static AdminText? Parse(string? code) => code switch
    {
        "en" => InEnglish,
        "th" => Thai,
        _ => null,
    };

    // Only a trailing part without Thai letters is English; "เขต (ว่าง = ทั้ง กทม.)" keeps its Thai parentheses.
    private static string ThaiPart(string message)
    {
        var dash = message.IndexOf(" — ", StringComparison.Ordinal);
        if (dash > 0 && !HasThai(message[dash..]))
        {
            return message[..dash];
        }

        return TrailingParentheses().Match(message) is { Success: true } m && !HasThai(m.Groups[1].Value) && m.Groups[1].Value.Any(char.IsAsciiLetter)
            ? message[..m.Index].TrimEnd()
            : message;
    }

    private static bool HasThai(string text) => text.Any(c => c is >= '\u0E00' and <= '\u0E7F');

    private static string EnglishPart(string message)
    {
        var dash = message.IndexOf(" — ", StringComparison.Ordinal);
        if (dash >= 0)
        {
            var rest = message[(dash + 3)..];
            return rest.Length > 0 ? char.ToUpperInvariant(rest[0]) + rest[1..] : message;
        }

        return TrailingParentheses().Match(message) is { Success: true } m ? m.Groups[1].Value : message;
    }

    [GeneratedRegex(@"\(([^()]*)\)\s*[.»]?$")]
    private static partial Regex TrailingParentheses();
}
