using ItaWorkflow.Domain;
using Microsoft.AspNetCore.Antiforgery;

namespace ItaWorkflow.Admin;

/// <summary>The page frame, navigation, forms with antiforgery tokens and small shared pieces of the admin pages.</summary>
public static class AdminLayout
{
    public const string ContentType = "text/html; charset=utf-8";

    /// <summary>A full page around <paramref name="body"/>.</summary>
    /// <summary>A full page in the request's language, with the language switch pointing back at this page.</summary>
    public static IResult Page(HttpContext context, string title, AdminUser? user, HtmlBuilder body, int status = StatusCodes.Status200OK) =>
        TypedResults.Content(Document(title, user, body, AdminText.For(context), context), ContentType, null, status);

    public static string Message(HttpContext context, string title, string text)
    {
        var t = AdminText.For(context);
        return Document(t[title], null, new HtmlBuilder(t).El("p", t[text]), t, context);
    }

    /// <summary>Opens a POST form carrying the antiforgery token; close it with <c>Close("form")</c>.</summary>
    public static HtmlBuilder OpenForm(this HtmlBuilder h, HttpContext context, string action, string? cssClass = null, bool multipart = false)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return h.Open("form", ("method", "post"), ("action", action), ("class", cssClass), ("enctype", multipart ? "multipart/form-data" : null))
            .Void("input", ("type", "hidden"), ("name", tokens.FormFieldName), ("value", tokens.RequestToken));
    }

    /// <summary>A labelled input, with an optional hint under it (e.g. the Buddhist-Era reading of a date input).</summary>
    public static HtmlBuilder Field(this HtmlBuilder h, string id, string label, string? value = null, string type = "text", bool required = false, string? hint = null)
    {
        h.Open("div", ("class", "field"))
            .El("label", label, ("for", id))
            .Void("input", ("id", id), ("name", id), ("type", type), ("value", value), ("required", required ? "required" : null), ("aria-describedby", hint is null ? null : id + "-hint"));
        if (hint is not null)
        {
            h.El("small", hint, ("id", id + "-hint"), ("class", "hint"));
        }

        return h.Close("div");
    }

    /// <summary>A labelled select; <paramref name="options"/> are (value, text) pairs.</summary>
    public static HtmlBuilder Select(this HtmlBuilder h, string id, string label, string? selected, IEnumerable<(string Value, string Text)> options)
    {
        h.Open("div", ("class", "field")).El("label", label, ("for", id)).Open("select", ("id", id), ("name", id));
        foreach (var (value, text) in options)
        {
            h.El("option", text, ("value", value), ("selected", value == (selected ?? "") ? "selected" : null));
        }

        return h.Close("select").Close("div");
    }

    /// <summary>The required reason and confirmation every admin action asks for, and its submit button.</summary>
    public static HtmlBuilder ReasonAndConfirm(this HtmlBuilder h, string idPrefix, string button)
    {
        h.Open("div", ("class", "field"))
            .El("label", h.Words["เหตุผล (Reason)"], ("for", idPrefix + "-reason"))
            .Void("input", ("id", idPrefix + "-reason"), ("name", "reason"), ("type", "text"), ("required", "required"), ("maxlength", "500"))
            .Close("div")
            .Open("div", ("class", "field check"))
            .Void("input", ("id", idPrefix + "-confirm"), ("name", "confirm"), ("type", "checkbox"), ("value", "yes"), ("required", "required"))
            .El("label", h.Words["ยืนยัน (Confirm)"], ("for", idPrefix + "-confirm"))
            .Close("div");
        return h.El("button", button, ("type", "submit"), ("id", idPrefix + "-submit"));
    }

    /// <summary>A moment in Bangkok time, Buddhist Era and Thai digits: <c>๔ ต.ค. ๒๕๖๖ ๐๙:๐๐ น.</c>; a dash when none.</summary>
    public static string Thai(DateTimeOffset? instant)
    {
        if (instant is not { } at)
        {
            return "—";
        }

        var local = at.ToOffset(TimeSpan.FromHours(7));
        return $"{ThaiCalendar.FormatShort(DateOnly.FromDateTime(local.DateTime))} {ThaiDigits.ToThai(local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))} น.";
    }

    /// <summary>When a wait falls due, as the last day it may still be done: <c>ภายใน ๒๐ ธ.ค. ๒๕๖๙</c>.</summary>
    public static string Due(DateTimeOffset? due, AdminText t) => due is { } at ? $"{t["ภายใน (By)"]} {Thai(DueDay(at))}" : "—";

    /// <summary>The last day before a due moment; waits fall due at the midnight that ends their day.</summary>
    public static DateOnly DueDay(DateTimeOffset due) => DateOnly.FromDateTime(due.ToOffset(TimeSpan.FromHours(7)).AddTicks(-1).DateTime);

    /// <summary>A day in the Buddhist Era with Thai digits: <c>๒๐ ธ.ค. ๒๕๖๙</c>.</summary>
    public static string Thai(DateOnly day) => ThaiCalendar.FormatShort(day);

    private static string Document(string title, AdminUser? user, HtmlBuilder body, AdminText t, HttpContext? context)
    {
        var h = new HtmlBuilder();
        h.Open("html", ("lang", t.Code))
            .Open("head")
            .Void("meta", ("charset", "utf-8"))
            .Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
            .El("title", title + " — ITA Workflow")
            .Void("link", ("rel", "stylesheet"), ("href", "/manage/admin.css"))
            .Close("head")
            .Open("body")
            .El("a", t["ข้ามไปยังเนื้อหา (Skip to content)"], ("href", "#main"), ("class", "skip"));
        h.Open("header");
        if (user is not null)
        {
            h.Open("nav", ("aria-label", t["เมนูหลัก"])).Open("ul");
            foreach (var (href, text) in Navigation)
            {
                h.Open("li").El("a", t[text], ("href", href)).Close("li");
            }

            h.Close("ul").El("span", $"{user.Name} · {RoleName(user, t)}", ("class", "who"));
            if (context is not null)
            {
                h.OpenForm(context, "/manage/signout", "signout")
                    .El("button", t["ออกจากระบบ (Sign out)"], ("type", "submit"), ("id", "sign-out"))
                    .Close("form");
            }

            h.Close("nav");
        }

        LanguageSwitch(h, t, context);
        h.Close("header");

        h.Open("main", ("id", "main")).El("h1", title).Append(body).Close("main").Close("body").Close("html");
        return "<!DOCTYPE html>" + h;
    }

    private static readonly (string Href, string Text)[] Navigation =
    [
        ("/manage/instances", "รายการ (Instances)"),
        ("/manage/dashboard", "แดชบอร์ด (Dashboard)"),
        ("/manage/dead-letters", "งานที่ล้มเหลว (Dead letters)"),
        ("/manage/plans", "แผน (Plans)"),
        ("/manage/directory", "ทะเบียนหน่วยงาน (Directory)"),
        ("/manage/reports", "รายงาน (Reports)"),
    ];

    private static string RoleName(AdminUser user, AdminText t) => user.Role switch
    {
        AdminRoles.CentralAdmin => t["ผู้ดูแลส่วนกลาง"],
        AdminRoles.DistrictAdmin => t["ผู้ดูแลเขต"] + user.District,
        _ => t["อ่านอย่างเดียว"],
    };

    /// <summary>
    /// A link to this page in the other language; the switch is kept in a cookie, so later pages follow it. After a
    /// POST the link goes to the instance list, as the action's URL cannot be fetched.
    /// </summary>
    private static void LanguageSwitch(HtmlBuilder h, AdminText t, HttpContext? context)
    {
        var (code, text, lang) = t.Language == AdminLanguage.English ? ("th", "ภาษาไทย", "th") : ("en", "English", "en");
        var request = context?.Request;
        var target = request is not null && HttpMethods.IsGet(request.Method)
            ? Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
                request.PathBase + request.Path,
                request.Query.Where(q => q.Key != AdminText.QueryKey).SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
                    .Append(new(AdminText.QueryKey, code)))
            : "/manage/instances?" + AdminText.QueryKey + "=" + code;
        h.El("a", text, ("href", target), ("id", "language-switch"), ("lang", lang), ("hreflang", lang), ("class", "language"));
    }
}
