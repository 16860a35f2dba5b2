using ItaWorkflow.Admin;
using ItaWorkflow.Tests.Infrastructure;

namespace ItaWorkflow.Tests.Admin;

[Collection(AzuriteCollection.Name)]
public sealed class AdminLanguageTests(Azurite azurite)
{
    [Fact]
    public async Task Pages_are_Thai_by_default_and_the_switch_keeps_English_across_list_and_detail_pages()
    {
        await using var app = await AdminApp.StartAsync(azurite);
        var ids = await app.SeedMeasuresAsync(AdminApp.District, 2);
        var page = await app.SignInAsync(AdminApp.CentralKey);

        await page.GotoAsync("/manage/instances");
        Assert.Equal("th", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("ขั้นตอน", await page.InnerTextAsync("#instances thead"));
        Assert.DoesNotContain("(Step)", await page.InnerTextAsync("#instances thead"));
        Assert.Equal("English", await page.InnerTextAsync("#language-switch"));

        await page.ClickAsync("#language-switch");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        var head = await page.InnerTextAsync("#instances thead");
        Assert.Contains("Step", head);
        Assert.DoesNotContain("ขั้นตอน", head);
        Assert.Contains("Workflow instances", await page.InnerTextAsync("h1"));
        Assert.NotNull(await page.QuerySelectorAsync("label[for=step]:text-is('Step')"));
        await AdminApp.ScreenshotAsync(page, "admin-list-english");

        await page.ClickAsync("#instances tbody a");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        var main = await page.InnerTextAsync("main");
        Assert.Contains("Status", main);
        Assert.DoesNotContain("สถานะ", main);
        Assert.Contains(ids.Single(id => page.Url.EndsWith(Uri.EscapeDataString(id), StringComparison.Ordinal)), main);
        Assert.Contains("Instances", await page.InnerTextAsync("header nav"));

        await page.ClickAsync("#language-switch");
        Assert.Equal("th", await page.GetAttributeAsync("html", "lang"));
        await page.GotoAsync("/manage/instances");
        Assert.Equal("th", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("ขั้นตอน", await page.InnerTextAsync("#instances thead"));
    }

    [Fact]
    public async Task Sign_in_page_offers_the_switch_and_keeps_the_choice_after_signing_in()
    {
        await using var app = await AdminApp.StartAsync(azurite);
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/manage/signin?lang=en");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await page.GetByLabel("Admin key").FillAsync(AdminApp.CentralKey);
        await page.ClickAsync("#sign-in");

        Assert.EndsWith("/manage/instances", page.Url);
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Next due", await page.InnerTextAsync("#instances thead"));
    }

    [Theory]
    [InlineData("ขั้นตอน (Step)", "Step", "ขั้นตอน")]
    [InlineData("ส่งกลับเข้าคิวแล้ว — queued again.", "Queued again.", "ส่งกลับเข้าคิวแล้ว")]
    [InlineData("หน้าถัดไป » (Next page)", "Next page", "หน้าถัดไป »")]
    [InlineData("เขต (ว่าง = ทั้ง กทม.) (District, empty = BMA-wide)", "District (empty = BMA-wide)", "เขต (ว่าง = ทั้ง กทม.)")]
    [InlineData("ไม่มีงานที่ล้มเหลว (No dead letters).", "No dead letters", "ไม่มีงานที่ล้มเหลว")]
    [InlineData("ร้อยละ (%)", "%", "ร้อยละ (%)")]
    public void Each_language_shows_only_its_own_part_of_a_bilingual_message(string message, string english, string thai)
    {
        Assert.Equal(english, AdminText.InEnglish[message]);
        Assert.Equal(thai, AdminText.Thai[message]);
    }
}
