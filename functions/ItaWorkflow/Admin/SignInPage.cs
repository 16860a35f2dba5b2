using ItaWorkflow.Hosting.AppSettings;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Admin;

/// <summary>The admin-key sign-in form (local runs) and sign-out.</summary>
public static partial class SignInPage
{
    public static IResult Render(HttpContext context, IOptionsMonitor<AdminOptions> options, string? error = null, int status = StatusCodes.Status200OK)
    {
        var t = AdminText.For(context);
        var h = new HtmlBuilder(t);
        if (options.CurrentValue.TrustAppServicePrincipal)
        {
            return AdminLayout.Page(context, t["เข้าสู่ระบบ (Sign in)"], null, h.El("p", t["เข้าสู่ระบบผ่าน Microsoft Entra ID (/.auth/login/aad) — sign in with Entra ID."]), StatusCodes.Status401Unauthorized);
        }

        if (error is not null)
        {
            h.El("p", error, ("class", "error"), ("role", "alert"));
        }

        h.OpenForm(context, "/manage/signin", "action")
            .Field("key", t["รหัสผู้ดูแล (Admin key)"], null, "password", true)
            .El("button", t["เข้าสู่ระบบ (Sign in)"], ("type", "submit"), ("id", "sign-in"))
            .Close("form");
        return AdminLayout.Page(context, t["เข้าสู่ระบบ (Sign in)"], null, h, status);
    }

    public static async Task<IResult> PostAsync(
        HttpContext context, IOptionsMonitor<AdminOptions> options, IDataProtectionProvider protection, IHostEnvironment environment, ILoggerFactory loggers)
    {
        var t = AdminText.For(context);
        var logger = loggers.CreateLogger(typeof(SignInPage));
        var current = options.CurrentValue;
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var key = form["key"].ToString();
        var user = current.TrustAppServicePrincipal ? null : AdminAuthenticationHandler.UserForKey(current, key);
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (user is null)
        {
            LogFailed(logger, client);
            return Render(context, options, t["รหัสไม่ถูกต้อง — wrong key."], StatusCodes.Status401Unauthorized);
        }

        LogSignedIn(logger, user.Name, user.Role, client);
        context.Response.Cookies.Append(AdminRoles.Cookie, AdminAuthenticationHandler.CookieFor(protection, user, key), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            // Behind App Service the app sees plain HTTP from the front end; outside Development the cookie is always
            // Secure so it never travels over a plain connection.
            Secure = !environment.IsDevelopment() || context.Request.IsHttps,
            Path = "/manage",
            MaxAge = AdminAuthenticationHandler.SessionLength,
        });
        return TypedResults.Redirect("/manage/instances");
    }

    /// <summary>Ends a key session; a POST carrying the antiforgery token, so another site cannot sign an admin out.</summary>
    public static IResult SignOut(HttpContext context, IHostEnvironment environment)
    {
        context.Response.Cookies.Delete(AdminRoles.Cookie, new CookieOptions
        {
            Path = "/manage",
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = !environment.IsDevelopment() || context.Request.IsHttps,
        });
        return TypedResults.Redirect("/manage/signin");
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Admin sign-in refused for {ClientAddress}: the key matched no configured key")]
    private static partial void LogFailed(ILogger logger, string clientAddress);

    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Admin {AdminName} signed in as {AdminRole} from {ClientAddress}")]
    private static partial void LogSignedIn(ILogger logger, string adminName, string adminRole, string clientAddress);
}
