using Azure.Core;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Logs;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ItaWorkflow.Hosting;

/// <summary>OpenTelemetry traces and logs for HTTP, Azure Storage and email calls.</summary>
public static class TelemetryExtensions
{
    /// <summary>Standard OpenTelemetry variable; when set, traces and logs are exported over OTLP.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>When set, traces and logs are exported to Application Insights.</summary>
    public const string ApplicationInsightsSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>Client id of the user-assigned managed identity, used to authenticate to Application Insights.</summary>
    public const string ManagedIdentityClientIdSetting = "AZURE_CLIENT_ID";

    private const string AzureActivitySourceSwitch = "Azure.Experimental.EnableActivitySource";

    /// <summary>
    /// Traces incoming requests (ASP.NET Core), outgoing HTTP (HttpClient, which SendGrid and Graph use)
    /// and Azure SDK calls (<c>Azure.*</c> sources), plus <see cref="AppTelemetry.Source"/>; logs keep
    /// their scopes so <see cref="InstanceLogScope"/> properties are exported. Link tokens are removed from every log
    /// line (<see cref="RedactingLoggerFactory"/>) and every span (<see cref="LinkTokenRedactingProcessor"/>).
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        // Also set in runtimeconfig through the csproj; this covers hosts built from other entry points.
        AppContext.SetSwitch(AzureActivitySourceSwitch, true);

        var configuration = builder.Configuration;
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]);
        var applicationInsights = configuration[ApplicationInsightsSetting];
        var credential = AzureMonitorCredential(configuration);

        builder.Services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(services => new RedactingLoggerFactory(new LoggerFactory(
            services.GetServices<ILoggerProvider>(),
            services.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
            services.GetService<IOptions<LoggerFactoryOptions>>(),
            services.GetService<IExternalScopeProvider>()))));
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeScopes = true;
            logging.IncludeFormattedMessage = true;
            logging.SetResourceBuilder(ResourceBuilder.CreateDefault().AddService(AppTelemetry.ServiceName));
            if (otlp)
            {
                logging.AddOtlpExporter();
            }

            if (!string.IsNullOrWhiteSpace(applicationInsights))
            {
                logging.AddAzureMonitorLogExporter(exporter => Configure(exporter, applicationInsights, credential));
            }
        });

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(AppTelemetry.ServiceName))
            .WithTracing(tracing =>
            {
                tracing
                    .AddProcessor(new LinkTokenRedactingProcessor())
                    .AddSource(AppTelemetry.SourceName)
                    .AddSource("Azure.*")
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => context.Request.Path != "/healthz")
                    .AddHttpClientInstrumentation();
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }

                if (!string.IsNullOrWhiteSpace(applicationInsights))
                {
                    tracing.AddAzureMonitorTraceExporter(exporter => Configure(exporter, applicationInsights, credential));
                }
            });
        return builder;
    }

    private static void Configure(AzureMonitorExporterOptions exporter, string connectionString, TokenCredential? credential)
    {
        exporter.ConnectionString = connectionString;
        exporter.Credential = credential;
    }

    // The deployment disables local (key) auth on Application Insights; the managed identity signs in instead.
    private static TokenCredential? AzureMonitorCredential(IConfiguration configuration) =>
        configuration[ManagedIdentityClientIdSetting] is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : null;
}
