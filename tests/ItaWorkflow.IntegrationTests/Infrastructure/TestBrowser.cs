using Microsoft.Playwright;

namespace ItaWorkflow.Tests.Infrastructure;

/// <summary>Debian's headless Chromium (<c>/usr/bin/chromium</c>, installed by scripts/install-deps.sh) through Playwright.</summary>
public sealed class TestBrowser : IAsyncDisposable
{
    private readonly IPlaywright playwright;

    private TestBrowser(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<TestBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new TestBrowser(playwright, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
