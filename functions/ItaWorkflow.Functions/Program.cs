using ItaWorkflow.Functions;
using ItaWorkflow.Hosting;
using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Notifications;
using ItaWorkflow.Reports;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow.Engine;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.AddAppSettings();
builder.AddTelemetry();
builder.Services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.SectionName));
builder.Services.Configure<EngineOptions>(builder.Configuration.GetSection(EngineOptions.SectionName));
builder.Services.Configure<ReportOptions>(builder.Configuration.GetSection(ReportOptions.SectionName));
// Durable first: its retention job and case reader win over the engine's, whose stores the activities still share.
builder.Services.AddDurableWorkflow(WorkflowOrchestratorFunction.Catalog);
builder.Services.AddWorkflowEngine();
builder.Services.AddReports();
builder.Services.AddNotifications(builder.Configuration);
await builder.Build().RunAsync();
