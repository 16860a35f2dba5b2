namespace ItaWorkflow.Durable.Hosting;

/// <summary>
/// Where the local Durable Task hub keeps its state (Azure Storage or Azurite) and how eagerly it polls.
/// </summary>
public sealed class LocalDurableTaskOptions
{
    /// <summary>Azure Storage connection string (Azurite's for local runs and tests).</summary>
    public required string ConnectionString { get; init; }

    /// <summary>
    /// Task hub name: 3 to 45 letters and digits, starting with a letter. Its queues, tables and blob containers carry
    /// this name, so two hubs on one account never see each other's instances.
    /// </summary>
    public required string TaskHubName { get; init; }

    /// <summary>Control-queue partitions (1 to 16); instances are spread over them by instance id.</summary>
    public int PartitionCount { get; init; } = 4;

    /// <summary>
    /// Longest wait between polls of an idle queue. The backend backs off up to this value; it bounds how late a
    /// raised event or a fired timer is picked up when the hub was idle.
    /// </summary>
    public TimeSpan MaxQueuePollingInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the client re-reads an instance's status while waiting for it to start or finish.</summary>
    public TimeSpan StatusPollingInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How long stopping the worker may wait for work items in flight; after that the worker is abandoned (its
    /// queue messages become visible again and are redelivered, so nothing is lost).
    /// </summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
