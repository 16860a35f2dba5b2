using ItaWorkflow.Hosting.AppSettings;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Admin;

/// <summary>
/// Authenticates admins from the App Service Authentication principal header (when trusted) or from the
/// data-protected cookie set by the admin-key sign-in form. Challenges redirect to the sign-in page.
/// </summary>
public sealed class AdminAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<AdminOptions> adminOptions,
    IDataProtectionProvider protection)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    private const string ProtectorPurpose = "ItaWorkflow.Admin.Cookie.v2";
    private static readonly byte[] FingerprintSalt = "ItaWorkflow.Admin.KeyFingerprint"u8.ToArray();

    /// <summary>App Service Authentication's Entra login endpoint.</summary>
    public const string EntraLoginPath = "/.auth/login/aad";

    /// <summary>How long a key sign-in lasts; the expiry is inside the protected cookie, not only on the browser's copy.</summary>
    public static readonly TimeSpan SessionLength = TimeSpan.FromHours(8);
    private static readonly string[] RoleClaimTypes = ["roles", "role", ClaimTypes.Role, "http://schemas.microsoft.com/ws/2008/06/identity/claims/role"];
    private static readonly string[] GroupClaimTypes = ["groups", "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups"];
    private static readonly string[] NameClaimTypes = ["name", "preferred_username", ClaimTypes.Name, ClaimTypes.Email];

    /// <summary>Matches a typed key against the configured keys; null when it matches none.</summary>
    public static AdminUser? UserForKey(AdminOptions options, string key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        if (KeyEquals(options.Key, key))
        {
            return new AdminUser("key:central", AdminRoles.CentralAdmin, null);
        }

        foreach (var (district, districtKey) in options.DistrictKeys)
        {
            if (KeyEquals(districtKey, key))
            {
                return new AdminUser($"key:{district}", AdminRoles.DistrictAdmin, district);
            }
        }

        return KeyEquals(options.ReaderKey, key) ? new AdminUser("key:reader", AdminRoles.Reader, null) : null;
    }

    /// <summary>The cookie value that signs <paramref name="user"/> in with <paramref name="key"/>.</summary>
    public static string CookieFor(IDataProtectionProvider protection, AdminUser user, string key) =>
        protection.CreateProtector(ProtectorPurpose).ToTimeLimitedDataProtector()
            .Protect(JsonSerializer.Serialize(new AdminSession(user, Fingerprint(key))), SessionLength);

    /// <summary>First 16 bytes of an HMAC-SHA256 of the key (base64): identifies the key inside the cookie without carrying it.</summary>
    public static string Fingerprint(string key) =>
        Convert.ToBase64String(HMACSHA256.HashData(FingerprintSalt, Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));

    /// <summary>The key configured now for <paramref name="user"/>'s role (and district), or empty when there is none.</summary>
    public static string CurrentKeyFor(AdminOptions options, AdminUser user) => user.Role switch
    {
        AdminRoles.CentralAdmin => options.Key,
        AdminRoles.DistrictAdmin when user.District is { } district => options.DistrictKeys.GetValueOrDefault(district, ""),
        AdminRoles.Reader => options.ReaderKey,
        _ => "",
    };

    /// <summary>Whether <paramref name="session"/> was signed in with a key that is still configured for its role.</summary>
    public static bool IsCurrent(AdminOptions options, AdminSession session)
    {
        var key = CurrentKeyFor(options, session.User);
        return key.Length > 0 && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Fingerprint(key)), Encoding.ASCII.GetBytes(session.KeyFingerprint));
    }

    /// <summary>
    /// Reads the App Service principal header into an admin, or null when it carries no admin role. Roles come from
    /// app roles (<see cref="AdminRoles"/> values, or <paramref name="centralRoleAlias"/> for central admins) or from
    /// group ids mapped in <paramref name="groups"/>; the strongest role wins.
    /// </summary>
    public static AdminUser? UserFromPrincipalHeader(string header, string? centralRoleAlias = null, IReadOnlyDictionary<string, string>? groups = null)
    {
        using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
        var root = document.RootElement;
        var roleType = root.TryGetProperty("role_typ", out var rt) ? rt.GetString() : null;
        var nameType = root.TryGetProperty("name_typ", out var nt) ? nt.GetString() : null;
        var claims = new List<(string Type, string Value)>();
        if (root.TryGetProperty("claims", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var claim in list.EnumerateArray())
            {
                claims.Add((claim.GetProperty("typ").GetString() ?? "", claim.GetProperty("val").GetString() ?? ""));
            }
        }

        var roles = claims.Where(c => c.Type == roleType || RoleClaimTypes.Contains(c.Type)).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var name = claims.FirstOrDefault(c => c.Type == nameType || NameClaimTypes.Contains(c.Type)).Value ?? "admin";
        var district = claims.FirstOrDefault(c => c.Type == AdminRoles.DistrictClaim).Value;
        var granted = claims.Where(c => GroupClaimTypes.Contains(c.Type))
            .Select(c => groups is not null && groups.TryGetValue(c.Value, out var value) ? AdminGroupRole.Parse(value) : null)
            .OfType<(string Role, string? District)>()
            .ToList();
        if (roles.Contains(AdminRoles.CentralAdmin) || (!string.IsNullOrEmpty(centralRoleAlias) && roles.Contains(centralRoleAlias))
            || granted.Any(g => g.Role == AdminRoles.CentralAdmin))
        {
            return new AdminUser(name, AdminRoles.CentralAdmin, null);
        }

        if (roles.Contains(AdminRoles.DistrictAdmin) && !string.IsNullOrWhiteSpace(district))
        {
            return new AdminUser(name, AdminRoles.DistrictAdmin, district);
        }

        if (granted.FirstOrDefault(g => g.Role == AdminRoles.DistrictAdmin) is { District: { } groupDistrict })
        {
            return new AdminUser(name, AdminRoles.DistrictAdmin, groupDistrict);
        }

        return roles.Contains(AdminRoles.Reader) || granted.Any(g => g.Role == AdminRoles.Reader) ? new AdminUser(name, AdminRoles.Reader, null) : null;
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var user = adminOptions.CurrentValue.TrustAppServicePrincipal ? FromHeader() : FromCookie();
        return Task.FromResult(user is null ? AuthenticateResult.NoResult() : AuthenticateResult.Success(Ticket(user)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (adminOptions.CurrentValue.TrustAppServicePrincipal)
        {
            // App Service Authentication lets anonymous requests through (link pages need that), so the app sends
            // people opening an admin page to the Entra login; scripts and form posts get a plain 401.
            if (HttpMethods.IsGet(Request.Method) && Request.Path.StartsWithSegments("/manage"))
            {
                Response.Redirect(EntraLoginPath + "?post_login_redirect_uri=" + Uri.EscapeDataString(Request.PathBase + Request.Path + Request.QueryString));
                return Task.CompletedTask;
            }

            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        Response.Redirect("/manage/signin");
        return Task.CompletedTask;
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        Response.ContentType = "text/html; charset=utf-8";
        await Response.WriteAsync(AdminLayout.Message(Context, "ไม่มีสิทธิ์ (Forbidden)", "บัญชีนี้ไม่มีสิทธิ์ทำรายการนี้ — this account may not do this."));
    }

    private static bool KeyEquals(string expected, string actual) =>
        expected.Length > 0
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));

    private static AuthenticationTicket Ticket(AdminUser user)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, user.Name), new(ClaimTypes.Role, user.Role) };
        if (user.District is { } district)
        {
            claims.Add(new Claim(AdminRoles.DistrictClaim, district));
        }

        return new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, AdminRoles.Scheme)), AdminRoles.Scheme);
    }

    private AdminUser? FromHeader()
    {
        var header = Request.Headers[AdminRoles.PrincipalHeader].ToString();
        if (header.Length == 0)
        {
            return null;
        }

        try
        {
            return UserFromPrincipalHeader(header, adminOptions.CurrentValue.Role, adminOptions.CurrentValue.Groups);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return null;
        }
    }

    private AdminUser? FromCookie()
    {
        if (!Request.Cookies.TryGetValue(AdminRoles.Cookie, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var session = JsonSerializer.Deserialize<AdminSession>(protection.CreateProtector(ProtectorPurpose).ToTimeLimitedDataProtector().Unprotect(value));
            return session is { User: not null, KeyFingerprint: not null } && IsCurrent(adminOptions.CurrentValue, session) ? session.User : null;
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }
}
