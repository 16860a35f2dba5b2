using ItaWorkflow.Hosting;
using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Workflow.Engine;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Workflow;

/// <summary>Purges instances that finished more than <see cref="RetentionOptions.Days"/> days ago.</summary>
public sealed class RetentionJob(WorkflowClient client, IOptions<RetentionOptions> options, TimeProvider time) : IRetentionJob
{
    public Task<int> PurgeAsync(CancellationToken cancellationToken) =>
        client.PurgeFinishedAsync(time.GetUtcNow().AddDays(-options.Value.Days), cancellationToken: cancellationToken);
}
