using ItaWorkflow.Admin;
using ItaWorkflow.Directories;
using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Hosting.Routes;
using ItaWorkflow.Import;
using ItaWorkflow.Notifications;
using ItaWorkflow.Reports;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow;

namespace ItaWorkflow.Hosting;

/// <summary>Builds and runs the ASP.NET Core app; features register themselves through extension methods.</summary>
public static class WebApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddForwardedHeaderRules();
        builder.AddAppSettings();
        builder.AddTelemetry();
        builder.AddKeyRing();
        builder.AddImport();
        builder.Services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.SectionName));
        builder.Services.Configure<ReportOptions>(builder.Configuration.GetSection(ReportOptions.SectionName));
        builder.Services.AddWorkflow();
        builder.Services.AddLocalWorkflowRuntime(builder.Configuration);
        builder.Services.AddReports();
        builder.Services.AddNotifications(builder.Configuration);
        builder.Services.AddAdmin(builder.Configuration);
        builder.Services.AddSingleton<SamplePlanSeeder>();
        configure?.Invoke(builder);
        DevelopmentExposureGuard.ThrowIfExposed(builder.Environment, builder.Configuration);
        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseMiddleware<StorageOutageMiddleware>();
        app.UseRateLimiter();
        app.MapAppRoutes(app.Environment.IsDevelopment());
        return app;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = Build(args);
        await app.Services.GetRequiredService<StorageClients>().EnsureCreatedAsync();
        if (app.Configuration.GetValue("Samples:Load", false) && SamplePlanSeeder.FindSampleFile() is { } sample)
        {
            if (SamplePlanSeeder.FindSampleFile("directory.json") is { } directory)
            {
                await DirectoryFile.ImportAsync(directory, app.Services.GetRequiredService<IDirectoryStore>(), CancellationToken.None);
            }

            await app.Services.GetRequiredService<SamplePlanSeeder>().SeedAsync(sample, CancellationToken.None);
        }

        await app.StartAsync();
        foreach (var address in app.Urls)
        {
            Console.WriteLine($"ITA Workflow: {address}/manage");
        }

        await app.WaitForShutdownAsync();
        return 0;
    }
}
