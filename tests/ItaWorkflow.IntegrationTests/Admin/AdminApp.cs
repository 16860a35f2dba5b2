using ItaWorkflow.Tests.Workflow;
using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow;
using ItaWorkflow.Domain;
using ItaWorkflow.Hosting;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace ItaWorkflow.Tests.Admin;

/// <summary>The real app on a free loopback port against Azurite, with a fake clock, plus one headless Chromium.</summary>
public sealed class AdminApp : IAsyncDisposable
{
    public const string CentralKey = "central-key-for-tests-0123456789";
    public const string DistrictKey = "district-key-for-tests-0123456789";
    public const string ReaderKey = "reader-key-for-tests-0123456789";
    public const string District = "ทดสอบ";
    public const string OtherDistrict = "บางรัก";

    private readonly WebApplication app;
    private readonly TestBrowser browser;

    private AdminApp(WebApplication app, TestBrowser browser, string baseUrl, FakeTimeProvider time)
    {
        this.app = app;
        this.browser = browser;
        BaseUrl = baseUrl;
        Time = time;
    }

    public IBrowser Browser => browser.Browser;

    public string BaseUrl { get; }

    public FakeTimeProvider Time { get; }

    public WorkflowClient Client => app.Services.GetRequiredService<WorkflowClient>();

    public T Get<T>() where T : notnull => app.Services.GetRequiredService<T>();

    public static string ScreenshotFolder { get; } = Path.Combine(Azurite.RepoRoot, "TestResults", "screenshots");

    /// <param name="azurite">The storage emulator.</param>
    /// <param name="storage">Storage to share with a harness that prepared the cases; a new prefix when null.</param>
    public static async Task<AdminApp> StartAsync(Azurite azurite, ItaWorkflow.Storage.StorageOptions? storage = null)
    {
        storage ??= TestStorage.Options(azurite);
        var time = new FakeTimeProvider(SampleMeasures.FiscalYearStart.AddDays(3));
        var app = WebApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(TestSettings.For(storage, CentralKey))
            {
                [$"Admin:DistrictKeys:{District}"] = DistrictKey,
                ["Admin:ReaderKey"] = ReaderKey,
                ["Email:Pickup:Folder"] = Path.Combine(Path.GetTempPath(), "ita-admin-mail-" + storage.Prefix),
            });
            builder.Services.AddSingleton<TimeProvider>(time);
        });
        await app.Services.GetRequiredService<ItaWorkflow.Storage.StorageClients>().EnsureCreatedAsync();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new AdminApp(app, await TestBrowser.LaunchAsync(), address, time);
    }

    /// <summary>Starts <paramref name="count"/> measures in <paramref name="district"/>, alternating two divisions.</summary>
    public async Task<IReadOnlyList<string>> SeedMeasuresAsync(string district, int count)
    {
        var ids = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            var division = i % 2 == 0 ? SampleMeasures.Finance : SampleMeasures.Registry;
            var measure = SampleMeasures.Measure($"M{i:D2}", 1, division) with { Indicator = 1 + i % 10 };
            var id = MeasureWorkflow.InstanceIdFor(district, 2567, measure.Id);
            await Client.StartAsync(MeasureWorkflow.DefinitionName, id, new MeasureInput($"{district}-2567", district, 2567, measure, WorkflowCalendar.Default), "test");
            ids.Add(id);
        }

        await Get<WorkflowDriver>().SettleAsync(WorkflowHarness.Patience);
        return ids;
    }

    /// <summary>A new browser page signed in with <paramref name="key"/>.</summary>
    public async Task<IPage> SignInAsync(string key)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "th-TH", ViewportSize = new() { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/manage/signin");
        await page.GetByLabel("รหัสผู้ดูแล", new() { Exact = true }).FillAsync(key);
        await page.ClickAsync("#sign-in");
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
