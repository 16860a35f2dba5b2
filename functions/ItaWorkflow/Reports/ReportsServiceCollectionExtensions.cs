namespace ItaWorkflow.Reports;

/// <summary>Registers the report feature; needs <see cref="Storage.StorageClients"/> registered too.</summary>
public static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>();
        services.AddSingleton<ReportStore>();
        services.AddSingleton<CompileReportHandler>();
        services.AddSingleton<Workflow.Engine.ICommandHandler>(sp => sp.GetRequiredService<CompileReportHandler>());
        return services;
    }
}
