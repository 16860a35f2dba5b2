using ItaWorkflow.Hosting.AppSettings;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Admin;

/// <summary>The admin-key sign-in form (local runs) and sign-out.</summary>
public static class SignInPage
{
    public static IResult Render(HttpContext context, IOptions<AdminOptions> options, string? error = null, int status = StatusCodes.Status200OK)
    {
        var t = AdminText.For(context);
        var h = new HtmlBuilder(t);
        if (options.Value.TrustAppServicePrincipal)
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

    public static async Task<IResult> PostAsync(HttpContext context, IOptions<AdminOptions> options, IDataProtectionProvider protection)
    {
        var t = AdminText.For(context);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var user = options.Value.TrustAppServicePrincipal ? null : AdminAuthenticationHandler.UserForKey(options.Value, form["key"].ToString());
        if (user is null)
        {
            return Render(context, options, t["รหัสไม่ถูกต้อง — wrong key."], StatusCodes.Status401Unauthorized);
        }

        context.Response.Cookies.Append(AdminRoles.Cookie, AdminAuthenticationHandler.CookieFor(protection, user), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/manage",
            MaxAge = AdminAuthenticationHandler.SessionLength,
        });
        return TypedResults.Redirect("/manage/instances");
    }

    public static IResult SignOut(HttpContext context)
    {
        var t = AdminText.For(context);
        context.Response.Cookies.Delete(AdminRoles.Cookie, new CookieOptions { Path = "/manage" });
        return TypedResults.Redirect("/manage/signin");
    }
}
