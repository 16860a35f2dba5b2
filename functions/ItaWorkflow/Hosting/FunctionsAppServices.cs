using ItaWorkflow.Admin;
using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Hosting.Routes;
using ItaWorkflow.Import;
using ItaWorkflow.Notifications;
using ItaWorkflow.Reports;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Durable;

namespace ItaWorkflow.Hosting;

/// <summary>
/// The services of the isolated-worker Functions app: what its Durable wrappers reach and what the app's endpoints need
/// behind its HTTP triggers. Kept here, not in the Functions project, so tests can build and serve with exactly this set.
/// </summary>
public static class FunctionsAppServices
{
    public static IHostApplicationBuilder AddFunctionsAppServices(this IHostApplicationBuilder builder)
    {
        builder.AddAppSettings();
        builder.AddTelemetry();
        builder.Services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.SectionName));
        builder.Services.Configure<DurableWorkflowOptions>(builder.Configuration.GetSection(DurableWorkflowOptions.SectionName));
        builder.Services.Configure<ReportOptions>(builder.Configuration.GetSection(ReportOptions.SectionName));
        builder.Services.AddWorkflow();
        builder.Services.AddReports();
        builder.Services.AddNotifications(builder.Configuration);
        builder.AddKeyRing();
        builder.AddImport();
        builder.Services.AddAdmin(builder.Configuration);
        builder.Services.AddSingleton<AppPipeline>();
        return builder;
    }
}
