using ItaWorkflow.Hosting;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ItaWorkflow.Workflow;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>Registers storage, the engine, its command handlers and the measure and plan definitions.</summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>();
        services.AddOptions<EngineOptions>();
        services.TryAddSingleton<StorageClients>();
        services.TryAddSingleton<InstanceStore>();
        services.TryAddSingleton<TitleCatalog>();
        services.TryAddSingleton<InstanceIndex>();
        services.TryAddSingleton<WorkQueue>();
        services.TryAddSingleton<RecoveryMarkers>();
        services.TryAddSingleton<TimerStore>();
        services.TryAddSingleton(new SnapshotCache());
        services.TryAddSingleton<DeadLetterStore>();
        services.TryAddSingleton<WorkflowClient>();
        services.TryAddSingleton<IWorkflowCases, EngineWorkflowCases>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<IWorkItemProcessor>(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.TryAddSingleton<TimerTicker>();
        services.TryAddSingleton<ITimerTicker>(sp => sp.GetRequiredService<TimerTicker>());
        services.TryAddSingleton<QueuePump>();
        services.AddOptions<Hosting.AppSettings.WorkflowOptions>();
        services.AddOptions<Hosting.AppSettings.RetentionOptions>();
        services.TryAddSingleton<DistrictCalendars>();
        services.TryAddSingleton<IRetentionJob, RetentionJob>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, ScheduleTimerHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, StartInstanceHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, RaiseEventHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkflowDefinition, MeasureWorkflow>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkflowDefinition, PlanWorkflow>());
        services.TryAddSingleton<WorkflowRegistry>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, EngineShutdown>());
        return services;
    }

    /// <summary>Runs the queue pump and the ticker in-process (local mode; Azure uses triggers instead).</summary>
    public static IServiceCollection AddLocalEnginePumps(this IServiceCollection services) =>
        services.AddHostedService<LocalEnginePumps>();
}
