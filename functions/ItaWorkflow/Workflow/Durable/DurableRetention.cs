using ItaWorkflow.Hosting;
using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Workflow.Engine;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>
/// Purges cases run by <see cref="WorkflowOrchestrator"/> that finished more than <see cref="RetentionOptions.Days"/>
/// days ago: their <see cref="CaseTimeline"/> rows, their index row, then the orchestration itself. The read model goes
/// first, so a run interrupted half-way finds the case again next time and finishes the job; a repeat deletes nothing.
/// </summary>
public sealed partial class DurableRetention(
    DurableTaskClient client,
    CaseTimeline timeline,
    InstanceIndex index,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<DurableRetention> logger) : IRetentionJob
{
    private static readonly OrchestrationRuntimeStatus[] Finished =
        [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Terminated, OrchestrationRuntimeStatus.Failed];

    public Task<int> PurgeAsync(CancellationToken cancellationToken) =>
        PurgeFinishedAsync(time.GetUtcNow().AddDays(-options.Value.Days), cancellationToken);

    /// <summary>Purges the cases that finished before <paramref name="finishedBefore"/>.</summary>
    /// <returns>The number of cases purged.</returns>
    public async Task<int> PurgeFinishedAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken)
    {
        var candidates = new List<(string InstanceId, string District)>();
        var query = new OrchestrationQuery { Statuses = Finished, FetchInputsAndOutputs = true };
        await foreach (var metadata in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
        {
            if (metadata.LastUpdatedAt < finishedBefore)
            {
                candidates.Add((metadata.InstanceId, DistrictOf(metadata)));
            }
        }

        var purged = 0;
        foreach (var (instanceId, district) in candidates)
        {
            var rows = await timeline.DeleteAsync(instanceId, cancellationToken);
            await index.RemoveAsync(district, instanceId, cancellationToken);
            var result = await client.PurgeInstanceAsync(instanceId, cancellation: cancellationToken);
            purged += result.PurgedInstanceCount > 0 ? 1 : 0;
            LogPurged(instanceId, rows);
        }

        return purged;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged finished case {InstanceId} and {TimelineRows} timeline rows")]
    private partial void LogPurged(string instanceId, int timelineRows);

    // A completed case's output is its last generation; a terminated or failed one still has its last episode's input.
    private static string DistrictOf(OrchestrationMetadata metadata)
    {
        var generation = metadata.RuntimeStatus == OrchestrationRuntimeStatus.Completed
            ? metadata.ReadOutputAs<WorkflowGeneration>()
            : metadata.ReadInputAs<WorkflowGeneration>();
        return generation?.Summary?.District ?? "";
    }
}
