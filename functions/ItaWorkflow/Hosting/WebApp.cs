using ItaWorkflow.Admin;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow;

namespace ItaWorkflow.Hosting;

/// <summary>Builds and runs the ASP.NET Core app; features register themselves through extension methods.</summary>
public static class WebApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddOptions<StorageOptions>().Bind(builder.Configuration.GetSection(StorageOptions.SectionName));
        builder.Services.AddWorkflowEngine();
        builder.Services.AddAdmin(builder.Configuration);
        var app = builder.Build();
        app.MapGet("/healthz", () => TypedResults.Ok("ok"));
        app.MapAdminPages();
        return app;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = Build(args);
        await app.RunAsync();
        return 0;
    }
}
