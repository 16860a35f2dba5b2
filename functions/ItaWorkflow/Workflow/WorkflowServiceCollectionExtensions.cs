using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow.Engine;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ItaWorkflow.Workflow;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Registers the measure and plan workflows as Durable Task cases: the catalog of definitions, the activities'
    /// stores, the read model, <see cref="WorkflowClient"/> and retention. The host adds the Durable Task worker and
    /// client (the local hub, or the Functions extension) and registers the tasks with <see cref="AddWorkflowTasks"/>.
    /// </summary>
    public static IServiceCollection AddWorkflow(this IServiceCollection services)
    {
        services.AddDurableWorkflow(WorkflowCatalog.Default);
        services.AddOptions<Hosting.AppSettings.WorkflowOptions>();
        services.TryAddSingleton<DistrictCalendars>();
        services.TryAddSingleton<WorkflowClient>();
        return services;
    }

    /// <summary>Registers the orchestrator and its activities on a Durable Task worker, with the default catalog.</summary>
    public static DurableTaskRegistry AddWorkflowTasks(this DurableTaskRegistry registry, DurableWorkflowOptions options) =>
        registry.AddWorkflowTasks(WorkflowCatalog.Default, options);
}
