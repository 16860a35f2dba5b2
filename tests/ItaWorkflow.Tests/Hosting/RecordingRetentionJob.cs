using ItaWorkflow.Hosting;

namespace ItaWorkflow.Tests.Hosting;

/// <summary>Stands in for the engine's retention job: counts runs and reports a fixed number purged.</summary>
public sealed class RecordingRetentionJob(int purgedPerRun) : IRetentionJob
{
    public int Runs { get; private set; }

    public Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        Runs++;
        return Task.FromResult(purgedPerRun);
    }
}
