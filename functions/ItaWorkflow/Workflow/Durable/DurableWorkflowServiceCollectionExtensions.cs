using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ItaWorkflow.Workflow.Durable;

public static class DurableWorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Registers what the workflow orchestrator and its activities need besides the engine's stores and handlers
    /// (<c>AddWorkflowEngine</c>, <c>AddNotifications</c>): the definition catalog, the case timeline, the client and
    /// the retry settings. The host registers the tasks themselves with <see cref="AddWorkflowTasks"/> and provides a
    /// <c>DurableTaskClient</c>.
    /// </summary>
    public static IServiceCollection AddDurableWorkflow(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var settings = services.AddOptions<DurableWorkflowOptions>();
        if (configuration is not null)
        {
            settings.Bind(configuration.GetSection(DurableWorkflowOptions.SectionName));
        }

        services.TryAddSingleton<WorkflowCatalog>();
        services.TryAddSingleton<CaseTimeline>();
        services.TryAddSingleton<DurableWorkflowClient>();
        return services;
    }

    /// <summary>Registers <see cref="WorkflowOrchestrator"/> and its activities on a Durable Task worker.</summary>
    public static DurableTaskRegistry AddWorkflowTasks(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .AddOrchestrator<WorkflowOrchestrator>()
            .AddActivity<SendEmailActivity>()
            .AddActivity<StartInstanceActivity>()
            .AddActivity<RaiseEventActivity>()
            .AddActivity<CompileReportActivity>()
            .AddActivity<RecordStepActivity>()
            .AddActivity<ParkWorkActivity>()
            .AddActivity<UnparkWorkActivity>();
    }
}
