namespace ItaWorkflow.Hosting;

/// <summary>Purges finished instances past retention.</summary>
public interface IRetentionJob
{
    Task<int> PurgeAsync(CancellationToken cancellationToken);
}
