using ItaWorkflow.Admin;
using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Hosting.Routes;
using ItaWorkflow.Import;
using ItaWorkflow.Notifications;
using ItaWorkflow.Reports;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Hosting;

/// <summary>
/// The services of the isolated-worker Functions app: what its Durable wrappers reach and what the app's endpoints need
/// behind its HTTP triggers. Kept here, not in the Functions project, so tests can build and serve with exactly this set.
/// </summary>
public static class FunctionsAppServices
{
    public static IHostApplicationBuilder AddFunctionsAppServices(this IHostApplicationBuilder builder, WorkflowCatalog catalog)
    {
        builder.AddAppSettings();
        builder.AddTelemetry();
        builder.Services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.SectionName));
        builder.Services.Configure<EngineOptions>(builder.Configuration.GetSection(EngineOptions.SectionName));
        builder.Services.Configure<ReportOptions>(builder.Configuration.GetSection(ReportOptions.SectionName));
        // Durable first: its retention job and case reader win over the engine's, whose stores the activities still share.
        builder.Services.AddDurableWorkflow(catalog);
        builder.Services.AddWorkflowEngine();
        builder.Services.AddReports();
        builder.Services.AddNotifications(builder.Configuration);
        builder.AddKeyRing();
        builder.AddImport();
        builder.Services.AddAdmin(builder.Configuration);
        builder.Services.AddSingleton<AppPipeline>();
        return builder;
    }
}
