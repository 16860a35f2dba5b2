using ItaWorkflow.Directories;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ItaWorkflow.Reports;

/// <summary>Registers the report feature; needs <see cref="Storage.StorageClients"/> registered too.</summary>
public static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>();
        services.AddSingleton<ReportStore>();
        // The signature block names the director and the reporting officer from the district directory.
        services.TryAddSingleton<IDirectoryStore, TableDirectoryStore>();
        services.AddSingleton<CompileReportHandler>();
        services.AddSingleton<Workflow.Engine.ICommandHandler>(sp => sp.GetRequiredService<CompileReportHandler>());
        return services;
    }
}
