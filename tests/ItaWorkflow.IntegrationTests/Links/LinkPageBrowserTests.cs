using ItaWorkflow.Directories;
using ItaWorkflow.Links;
using ItaWorkflow.Tests.Admin;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;
using Microsoft.Playwright;

namespace ItaWorkflow.Tests.Links;

[Collection(AzuriteCollection.Name)]
public sealed class LinkPageBrowserTests(Azurite azurite)
{
    [Fact]
    public async Task A_link_page_on_a_phone_keeps_its_own_style_under_its_content_security_policy()
    {
        await using var app = await AdminApp.StartAsync(azurite);
        var id = (await app.SeedMeasuresAsync(AdminApp.District, 1))[0];
        var token = app.Get<LinkSigner>().Sign(id, LinkActions.Acknowledge, DirectoryRole.Division, "registry@district.example", SampleMeasures.Registry, 0);
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };

        var response = await page.GotoAsync("/l/" + token);
        await AdminApp.ScreenshotAsync(page, "link-acknowledge-390");

        Assert.Equal(200, response!.Status);
        Assert.Contains("default-src 'none'", response.Headers["content-security-policy"]);
        Assert.Empty(violations);
        Assert.Equal("rgb(245, 245, 245)", await page.EvalOnSelectorAsync<string>("body", "e => getComputedStyle(e).backgroundColor"));
        Assert.Equal("760px", await page.EvalOnSelectorAsync<string>("main", "e => getComputedStyle(e).maxWidth"));
        Assert.Equal("16px", await page.EvalOnSelectorAsync<string>("button", "e => getComputedStyle(e).paddingLeft"));
    }
}
