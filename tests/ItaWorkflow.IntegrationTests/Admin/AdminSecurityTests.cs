using System.Net;
using ItaWorkflow.Admin;
using ItaWorkflow.Hosting;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ItaWorkflow.Tests.Admin;

/// <summary>Attacks on the admin sign-in and sessions, sent over HTTP to the real app in Production mode.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AdminSecurityTests(Azurite azurite)
{
    private const string CentralKey = "central-key-for-security-tests-0123";
    private const string DistrictKey = "district-key-for-security-tests-0123";
    private const string District = "หนองแขม";

    [Fact]
    public async Task Forged_principal_header_gives_no_access_when_the_principal_is_not_trusted()
    {
        await using var app = await StartAppAsync();
        var http = app.GetTestClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/manage/instances");
        request.Headers.Add(AdminRoles.PrincipalHeader, AdminUnitTests.Principal(("name", "attacker"), ("roles", AdminRoles.CentralAdmin)));
        using var import = new HttpRequestMessage(HttpMethod.Post, "/api/plans/import?district=x&fiscalYear=2566&dryRun=true") { Content = new StringContent("x") };
        import.Headers.Add(AdminRoles.PrincipalHeader, AdminUnitTests.Principal(("name", "attacker"), ("roles", AdminRoles.CentralAdmin)));

        using var response = await http.SendAsync(request);
        using var imported = await http.SendAsync(import);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/manage/signin", response.Headers.Location!.OriginalString);
        Assert.NotEqual(HttpStatusCode.OK, imported.StatusCode);
    }

    [Fact]
    public async Task Trusted_principal_without_a_session_is_sent_to_the_entra_login_on_admin_pages()
    {
        await using var app = await StartAppAsync(trustPrincipal: true);

        using var response = await app.GetTestClient().GetAsync("/manage/instances?page=2");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/.auth/login/aad?post_login_redirect_uri=%2Fmanage%2Finstances%3Fpage%3D2", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Production_start_without_a_key_or_trusted_principal_stops_naming_the_key()
    {
        await using var app = Build(new Dictionary<string, string?>(), new FakeTimeProvider());

        var error = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());

        var failures = (error as AggregateException)?.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures)
            ?? ((OptionsValidationException)error).Failures;
        Assert.Contains(failures, f => f.StartsWith("Admin:Key:", StringComparison.Ordinal) && f.Contains("Admin:TrustAppServicePrincipal", StringComparison.Ordinal));
        var unset = new ItaWorkflow.Hosting.AppSettings.AdminOptions();
        AdminKeyAnnouncer.GenerateKeyIfMissing(unset, app.Environment, "would-be-printed-key-0123456789");
        Assert.Equal("", unset.Key);
    }

    [Fact]
    public async Task Sign_in_guesses_from_one_client_are_throttled_and_another_client_still_signs_in()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var app = await StartAppAsync(time: time);
        var http = app.GetTestClient();
        var form = await SignInFormAsync(http, "198.51.100.7");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 1000; i++)
        {
            using var guess = await http.SendAsync(SignIn(form, "198.51.100.7", $"guess-{i:D4}-padding-padding-padding"));
            statuses.Add(guess.StatusCode);
        }

        using var refused = await http.SendAsync(SignIn(form, "198.51.100.7", CentralKey));
        var otherForm = await SignInFormAsync(http, "203.0.113.9");
        using var other = await http.SendAsync(SignIn(otherForm, "203.0.113.9", CentralKey));
        time.Advance(AdminSignInThrottle.Window);
        using var later = await http.SendAsync(SignIn(form, "198.51.100.7", CentralKey));

        Assert.Equal(AdminSignInThrottle.PermitLimit, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(1000 - AdminSignInThrottle.PermitLimit, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        Assert.Contains("ลองเข้าสู่ระบบหลายครั้งเกินไป", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }

    [Fact]
    public async Task In_azure_the_throttle_counts_the_address_the_front_end_appends_not_one_the_client_sends()
    {
        await using var app = await StartAppAsync(extra: new() { ["WEBSITE_SITE_NAME"] = "func-itabkk" });
        var http = app.GetTestClient();
        var form = await SignInFormAsync(http, "127.0.0.1");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < AdminSignInThrottle.PermitLimit + 1; i++)
        {
            // The client makes up a new address each time and App Service appends the real one; the requests reach the
            // app from different front-end instances.
            var guess = SignIn(form, $"100.64.0.{i + 1}", $"guess-{i:D4}-padding-padding-padding");
            guess.Headers.Add("X-Forwarded-For", $"10.9.8.{i}, 198.51.100.7");
            guess.Headers.Add("X-Forwarded-Proto", "https");
            using var response = await http.SendAsync(guess);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(AdminSignInThrottle.PermitLimit), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Session_cookie_is_secure_http_only_and_strict_outside_development()
    {
        await using var app = await StartAppAsync();
        var http = app.GetTestClient();

        using var signedIn = await http.SendAsync(SignIn(await SignInFormAsync(http, "198.51.100.7"), "198.51.100.7", CentralKey));

        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AdminRoles.Cookie + "=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_session_ends_when_the_key_that_created_it_is_replaced()
    {
        await using var app = await StartAppAsync();
        var http = app.GetTestClient();
        var district = await SessionAsync(http, DistrictKey);
        var central = await SessionAsync(http, CentralKey);
        using var before = await GetAsync(http, "/manage/instances", district);

        app.Configuration[$"Admin:DistrictKeys:{District}"] = "a-new-district-key-after-rotation-0123";
        ((IConfigurationRoot)app.Configuration).Reload();
        using var afterRotation = await GetAsync(http, "/manage/instances", district);
        using var centralStill = await GetAsync(http, "/manage/instances", central);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterRotation.StatusCode);
        Assert.Equal("/manage/signin", afterRotation.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, centralStill.StatusCode);
    }

    [Fact]
    public async Task Sign_out_needs_a_post_with_the_antiforgery_token()
    {
        await using var app = await StartAppAsync();
        var http = app.GetTestClient();
        var session = await SessionAsync(http, CentralKey);

        using var viaGet = await GetAsync(http, "/manage/signout", session);
        using var withoutToken = await http.SendAsync(Request(HttpMethod.Post, "/manage/signout", session, new FormUrlEncodedContent([])));
        using var stillIn = await GetAsync(http, "/manage/instances", session);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await stillIn.Content.ReadAsStringAsync());
        var token = page.QuerySelector("form.signout input[name=__af]")!.GetAttribute("value")!;
        var cookies = session + "; " + Cookies(stillIn);
        using var signedOut = await http.SendAsync(Request(HttpMethod.Post, "/manage/signout", cookies, new FormUrlEncodedContent([new("__af", token)])));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, viaGet.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains(signedOut.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AdminRoles.Cookie + "=;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Oversized_admin_form_posts_get_a_413_page_not_a_server_error()
    {
        await using var app = await StartAppAsync();
        var http = app.GetTestClient();
        var session = await SessionAsync(http, CentralKey);
        var padding = new string('x', 64 * 1024);
        var form = await SignInFormAsync(http, "192.0.2.1");

        using var signIn = await http.SendAsync(Request(HttpMethod.Post, "/manage/signin", form.Cookie, new FormUrlEncodedContent([new("__af", form.Token), new("key", padding)]), "192.0.2.1"));
        using var purge = await http.SendAsync(Request(HttpMethod.Post, "/manage/purge", session, new FormUrlEncodedContent([new("reason", padding)])));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, signIn.StatusCode);
        Assert.Contains("คำขอใหญ่เกินไป", await signIn.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, purge.StatusCode);
    }

    [Fact]
    public async Task A_session_signed_in_on_one_instance_is_accepted_by_another_and_after_a_restart()
    {
        var prefix = "t" + Guid.NewGuid().ToString("N")[..10];
        var keyRing = new Dictionary<string, string?> { ["DataProtection:KeyEncryptionKey"] = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)(i * 7)).ToArray()) };
        string session;
        await using (var first = await StartAppAsync(extra: keyRing, prefix: prefix))
        {
            session = await SessionAsync(first.GetTestClient(), CentralKey);
        }

        await using var second = await StartAppAsync(extra: keyRing, prefix: prefix);
        using var page = await GetAsync(second.GetTestClient(), "/manage/instances", session);
        var stored = second.Services.GetRequiredService<StorageClients>().Container(StorageNames.Keys);
        var blobs = new List<string>();
        await foreach (var blob in stored.GetBlobsAsync())
        {
            blobs.Add((await stored.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToString());
        }

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotEmpty(blobs);
        Assert.All(blobs, xml => Assert.Contains(typeof(KeyRingDecryptor).FullName!, xml));
        Assert.All(blobs, xml => Assert.DoesNotContain("masterKey", xml));
    }

    private async Task<WebApplication> StartAppAsync(
        bool trustPrincipal = false, FakeTimeProvider? time = null, Dictionary<string, string?>? extra = null, string? prefix = null)
    {
        var settings = new Dictionary<string, string?>(extra ?? [])
        {
            ["Admin:Key"] = CentralKey,
            [$"Admin:DistrictKeys:{District}"] = DistrictKey,
            ["Admin:TrustAppServicePrincipal"] = trustPrincipal ? "true" : "false",
        };
        var app = Build(settings, time ?? new FakeTimeProvider(DateTimeOffset.UnixEpoch), prefix);
        await app.Services.GetRequiredService<StorageClients>().EnsureCreatedAsync();
        await app.StartAsync();
        return app;
    }

    private WebApplication Build(Dictionary<string, string?> admin, FakeTimeProvider time, string? prefix = null) =>
        WebApp.Build(
        [
            "--environment=Production",
            "--Storage:ConnectionString=" + azurite.ConnectionString, "--Storage:Prefix=" + (prefix ?? "t" + Guid.NewGuid().ToString("N")[..10]),
            "--Links:SigningKeys:0:Id=k1", "--Links:SigningKeys:0:Secret=0H63fSm99BF5957F9Zqb9Yboc5zA/cvuPxyWXkwwRNA=", "--Links:CurrentKeyId=k1",
            "--Email:Pickup:Folder=" + Path.Combine(Path.GetTempPath(), "ita-security-mail"),
        ],
        builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Configuration.AddInMemoryCollection(admin);
            builder.Services.AddSingleton<TimeProvider>(time);
            builder.Services.AddSingleton<IStartupFilter, TestRemoteAddressStartupFilter>();
        });

    private static async Task<(string Token, string Cookie)> SignInFormAsync(HttpClient http, string address)
    {
        using var response = await http.SendAsync(Request(HttpMethod.Get, "/manage/signin", null, null, address));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return (page.QuerySelector("input[name=__af]")!.GetAttribute("value")!, Cookies(response));
    }

    private static HttpRequestMessage SignIn((string Token, string Cookie) form, string address, string key) =>
        Request(HttpMethod.Post, "/manage/signin", form.Cookie, new FormUrlEncodedContent([new("__af", form.Token), new("key", key)]), address);

    /// <summary>Signs in with <paramref name="key"/> and returns the session cookie header value.</summary>
    private static async Task<string> SessionAsync(HttpClient http, string key)
    {
        var address = "192.0.2." + Random.Shared.Next(2, 250);
        using var response = await http.SendAsync(SignIn(await SignInFormAsync(http, address), address, key));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Cookies(response);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient http, string path, string cookie) =>
        http.SendAsync(Request(HttpMethod.Get, path, cookie, null));

    private static HttpRequestMessage Request(HttpMethod method, string path, string? cookie, HttpContent? content, string address = "192.0.2.1")
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(TestRemoteAddressStartupFilter.Header, address);
        if (!string.IsNullOrEmpty(cookie))
        {
            request.Headers.Add("Cookie", cookie);
        }

        return request;
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);
}
