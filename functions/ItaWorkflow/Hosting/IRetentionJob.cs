namespace ItaWorkflow.Hosting;

/// <summary>Purges finished instances past retention. Run daily by the <c>Retention</c> timer trigger.</summary>
public interface IRetentionJob
{
    /// <summary>Deletes finished instances older than the configured retention.</summary>
    /// <returns>The number of instances purged.</returns>
    Task<int> PurgeAsync(CancellationToken cancellationToken);
}
