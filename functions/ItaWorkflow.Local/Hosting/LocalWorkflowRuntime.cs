using ItaWorkflow.Durable.Hosting;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Durable;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Hosting;

/// <summary>
/// Runs the workflow cases in this process, on the local Durable Task hub on the Azure Storage backend (Azurite, or an
/// account given by connection string): the same orchestrator and activities the Functions app runs in Azure.
/// </summary>
public static class LocalWorkflowRuntime
{
    /// <summary>
    /// Adds the hub's worker and client. Settings come from the <c>Durable</c> section (<see cref="DurableWorkflowOptions"/>
    /// plus <c>TaskHub</c>, <c>PartitionCount</c>, <c>MaxQueuePollingInterval</c>) and the storage connection string.
    /// </summary>
    public static IServiceCollection AddLocalWorkflowRuntime(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DurableWorkflowOptions.SectionName);
        services.Configure<DurableWorkflowOptions>(section);
        // Read when the hub starts, not now: hosts and tests add settings and storage options after the app's registrations.
        var workflow = new DurableWorkflowOptions();
        return services.AddLocalDurableTask(
            provider =>
            {
                section.Bind(workflow);
                var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
                return new LocalDurableTaskOptions
                {
                    ConnectionString = storage.ConnectionString,
                    // The hub's tables and queues carry the storage prefix too, so environments sharing an account stay apart.
                    TaskHubName = section["TaskHub"] ?? storage.Prefix + "hub",
                    PartitionCount = section.GetValue("PartitionCount", 4),
                    MaxQueuePollingInterval = section.GetValue("MaxQueuePollingInterval", TimeSpan.FromSeconds(1)),
                };
            },
            tasks => tasks.AddWorkflowTasks(workflow));
    }

    /// <summary>Adds the hub's worker and client on <paramref name="hub"/>, retrying activities as <paramref name="workflow"/> says.</summary>
    public static IServiceCollection AddLocalWorkflowRuntime(this IServiceCollection services, LocalDurableTaskOptions hub, DurableWorkflowOptions workflow) =>
        services.AddLocalDurableTask(hub, tasks => tasks.AddWorkflowTasks(workflow));

    /// <summary>
    /// Runs the cases on a virtual clock (the year simulation, tests) on a one-partition hub named after
    /// <paramref name="prefix"/> that polls often: business time comes from the injected <see cref="TimeProvider"/> and
    /// the driver, and <paramref name="workflow"/> says how activities are retried and how long raises wait.
    /// </summary>
    public static IServiceCollection AddVirtualClockWorkflowRuntime(
        this IServiceCollection services, string connectionString, string prefix, DurableWorkflowOptions workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        workflow.VirtualClock = true;
        services.Configure<DurableWorkflowOptions>(o =>
        {
            o.VirtualClock = true;
            o.ActivityAttempts = workflow.ActivityAttempts;
            o.FirstRetryInterval = workflow.FirstRetryInterval;
            o.ApplyWait = workflow.ApplyWait;
        });
        return services.AddLocalWorkflowRuntime(
            new LocalDurableTaskOptions
            {
                ConnectionString = connectionString,
                TaskHubName = prefix + "hub",
                PartitionCount = 1,
                MaxQueuePollingInterval = TimeSpan.FromMilliseconds(200),
                StatusPollingInterval = TimeSpan.FromMilliseconds(50),
                ShutdownTimeout = TimeSpan.FromSeconds(3),
            },
            workflow);
    }
}
