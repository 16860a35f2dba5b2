using System.Net;
using ItaWorkflow.Directories;
using ItaWorkflow.Hosting;
using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Links;
using ItaWorkflow.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ItaWorkflow.Tests.Links;

[Collection(AzuriteCollection.Name)]
public sealed class RetiredKeyLinkTests(Azurite azurite)
{
    private const string OldSecret = "0H63fSm99BF5957F9Zqb9Yboc5zA/cvuPxyWXkwwRNA=";
    private static readonly DateTimeOffset RetiredOn = new(2024, 1, 10, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_link_forged_with_the_retired_key_after_retirement_is_refused_while_an_old_one_still_opens()
    {
        var time = new FakeTimeProvider(RetiredOn.AddDays(-3));
        var holderOfOldKey = new LinkSigner(Options.Create(new LinksOptions
        {
            CurrentKeyId = "old",
            SigningKeys = [new LinkSigningKey { Id = "old", Secret = OldSecret }],
        }), time);
        var sentBeforeRotation = holderOfOldKey.Sign("ทดสอบ-2567-M01", "progress", DirectoryRole.Division, "registry@district.example", "ฝ่ายทะเบียน", 0);
        var legacySentBeforeRotation = LegacyTokens.Create(
            new LinkClaims("ทดสอบ-2567-M01", "progress", DirectoryRole.Division, "registry@district.example", "ฝ่ายทะเบียน", 0, RetiredOn.AddDays(40)), "old", OldSecret);
        time.SetUtcNow(RetiredOn.AddDays(5));
        var forged = holderOfOldKey.Sign("ทดสอบ-2567-M01", "progress", DirectoryRole.Division, "registry@district.example", "ฝ่ายทะเบียน", 0);
        var legacyForged = LegacyTokens.Create(
            new LinkClaims("ทดสอบ-2567-M01", "progress", DirectoryRole.Division, "registry@district.example", "ฝ่ายทะเบียน", 0, RetiredOn.AddDays(50)), "old", OldSecret);
        await using var app = await StartAsync(time);
        using var http = app.GetTestClient();

        using var old = await http.GetAsync("/l/" + sentBeforeRotation);
        using var legacyOld = await http.GetAsync("/l/" + legacySentBeforeRotation);
        using var forgedPage = await http.GetAsync("/l/" + forged);
        using var legacyForgedPage = await http.GetAsync("/l/" + legacyForged);

        // The old links are accepted (the sample instance does not exist, hence not found rather than refused).
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, legacyOld.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forgedPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, legacyForgedPage.StatusCode);
    }

    private async Task<WebApplication> StartAsync(FakeTimeProvider time)
    {
        var storage = TestStorage.Options(azurite);
        var app = WebApp.Build([], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = storage.ConnectionString,
                ["Storage:Prefix"] = storage.Prefix,
                ["Admin:Key"] = "admin-key-for-link-tests-0123456789",
                ["Links:SigningKeys:0:Id"] = "old",
                ["Links:SigningKeys:0:Secret"] = OldSecret,
                ["Links:SigningKeys:0:RetiredOn"] = RetiredOn.ToString("O"),
                ["Links:SigningKeys:1:Id"] = "new",
                ["Links:SigningKeys:1:Secret"] = "Q2hhbmdlZCBrZXkgZm9yIHRlc3RzIG9ubHkgMTIzNDU2Nzg=",
                ["Links:CurrentKeyId"] = "new",
            });
            builder.Services.AddSingleton<TimeProvider>(time);
        });
        await app.Services.GetRequiredService<ItaWorkflow.Storage.StorageClients>().EnsureCreatedAsync();
        await app.StartAsync();
        return app;
    }
}
