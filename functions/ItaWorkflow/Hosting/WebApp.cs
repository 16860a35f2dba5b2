using ItaWorkflow.Admin;
using ItaWorkflow.Directories;
using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Import;
using ItaWorkflow.Links;
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
        var hosting = builder.AddHostingProfile();
        builder.AddAppSettings();
        builder.AddTelemetry();
        builder.AddKeyRing();
        builder.AddImport();
        builder.Services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.SectionName));
        builder.Services.Configure<Workflow.Engine.EngineOptions>(builder.Configuration.GetSection(Workflow.Engine.EngineOptions.SectionName));
        builder.Services.Configure<ReportOptions>(builder.Configuration.GetSection(ReportOptions.SectionName));
        builder.Services.AddWorkflowEngine();
        builder.Services.AddReports();
        builder.Services.AddNotifications(builder.Configuration);
        builder.Services.AddAdmin(builder.Configuration);
        builder.Services.AddSingleton<SamplePlanSeeder>();
        if (hosting.RunsLocalPumps)
        {
            builder.Services.AddLocalEnginePumps();
        }

        configure?.Invoke(builder);
        DevelopmentExposureGuard.ThrowIfExposed(builder.Environment, builder.Configuration);
        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseMiddleware<StorageOutageMiddleware>();
        app.UseRateLimiter();
        app.MapGet("/healthz", () => TypedResults.Ok("ok"));
        app.MapLinkPages();
        app.MapPublicReports();
        if (app.Environment.IsDevelopment())
        {
            app.MapDevMailViewer();
        }

        app.MapAdminPages();
        app.MapGet("/healthz/ready", async (StorageClients storage, CancellationToken cancellationToken) =>
        {
            await storage.Table(StorageNames.Instances).GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>("-", "-", cancellationToken: cancellationToken);
            return TypedResults.Ok("ready");
        });
        if (!hosting.RunsLocalPumps)
        {
            app.MapCustomHandlerApi();
        }

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
