using ItaWorkflow.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ItaWorkflow.Import;

/// <summary>Registers what the import endpoints need.</summary>
public static class ImportServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IPlanStore"/> (Table Storage) and, if nobody did yet, the storage clients bound to the <c>Storage</c> section.</summary>
    public static IHostApplicationBuilder AddImport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName);
        builder.Services.TryAddSingleton<StorageClients>();
        builder.Services.TryAddSingleton<IPlanStore, TablePlanStore>();
        return builder;
    }
}
