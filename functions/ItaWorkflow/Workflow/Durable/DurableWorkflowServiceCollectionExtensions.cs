using ItaWorkflow.Hosting;
using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow.Engine;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ItaWorkflow.Workflow.Durable;

public static class DurableWorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Registers what the workflow activities and the client need besides the notifier (<c>AddNotifications</c>):
    /// <paramref name="catalog"/>, storage, the index, dead-letter and timeline stores, the client, the cases report
    /// compilation reads (<see cref="IWorkflowCases"/>, in place of the engine's) and <see cref="DurableRetention"/>; not
    /// the engine. The host registers the tasks themselves with <see cref="AddWorkflowTasks"/>, with the same catalog,
    /// and provides a <c>DurableTaskClient</c>.
    /// </summary>
    public static IServiceCollection AddDurableWorkflow(this IServiceCollection services, WorkflowCatalog catalog)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>();
        services.AddOptions<DurableWorkflowOptions>();
        services.TryAddSingleton<StorageClients>();
        services.TryAddSingleton<TitleCatalog>();
        services.TryAddSingleton<InstanceIndex>();
        services.TryAddSingleton<DeadLetterStore>();
        services.TryAddSingleton(catalog);
        services.TryAddSingleton<CaseTimeline>();
        services.TryAddSingleton<RaiseLedger>();
        services.TryAddSingleton<DurableWorkflowClient>();
        services.TryAddSingleton<WorkflowDriver>();
        // Cases run here are not in the engine's tables: whatever registered first, reports read the generations.
        services.Replace(ServiceDescriptor.Singleton<IWorkflowCases, DurableWorkflowCases>());
        services.AddOptions<RetentionOptions>();
        services.TryAddSingleton<DurableRetention>();
        services.TryAddSingleton<IRetentionJob>(sp => sp.GetRequiredService<DurableRetention>());
        return services;
    }

    /// <summary>
    /// Registers <see cref="WorkflowOrchestrator"/> (deciding with <paramref name="catalog"/>, retrying activities as
    /// <paramref name="options"/> say) and its activities on a Durable Task worker.
    /// </summary>
    public static DurableTaskRegistry AddWorkflowTasks(this DurableTaskRegistry registry, WorkflowCatalog catalog, DurableWorkflowOptions options)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .AddOrchestrator(nameof(WorkflowOrchestrator), () => new WorkflowOrchestrator(catalog, options))
            .AddActivity<SendEmailActivity>()
            .AddActivity<StartInstanceActivity>()
            .AddActivity<RaiseEventActivity>()
            .AddActivity<CompileReportActivity>()
            .AddActivity<RecordStepActivity>()
            .AddActivity<ParkWorkActivity>()
            .AddActivity<UnparkWorkActivity>();
    }
}
