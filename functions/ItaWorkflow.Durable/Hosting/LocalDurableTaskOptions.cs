using System.Text.RegularExpressions;

namespace ItaWorkflow.Durable.Hosting;

/// <summary>
/// Where the local Durable Task hub keeps its state (Azure Storage or Azurite) and how eagerly it polls.
/// </summary>
public sealed partial class LocalDurableTaskOptions
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

    /// <summary>
    /// What is wrong with these options, empty when nothing is. The backend itself checks little: a bad task hub name
    /// otherwise surfaces as a storage error when the host starts.
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            problems.Add("ConnectionString is empty.");
        }

        if (!TaskHubNamePattern().IsMatch(TaskHubName ?? string.Empty))
        {
            problems.Add($"TaskHubName '{TaskHubName}' must be 3 to 45 letters and digits, starting with a letter.");
        }

        if (PartitionCount is < 1 or > 16)
        {
            problems.Add($"PartitionCount {PartitionCount} must be from 1 to 16.");
        }

        foreach (var (name, value) in new[]
        {
            (nameof(MaxQueuePollingInterval), MaxQueuePollingInterval),
            (nameof(StatusPollingInterval), StatusPollingInterval),
            (nameof(ShutdownTimeout), ShutdownTimeout),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                problems.Add($"{name} {value} must be positive.");
            }
        }

        return problems;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,44}$")]
    private static partial Regex TaskHubNamePattern();
}
