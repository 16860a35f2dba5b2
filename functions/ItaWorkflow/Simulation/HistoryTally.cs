using Azure.Data.Tables;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Simulation;

/// <summary>
/// How many history rows each instance of one storage prefix has, and how many of them approved or returned progress,
/// read in one pass over the instances table (only the partition key and event type of history rows). Reading each
/// instance's history with its own query would make Azurite, which answers every query by scanning the whole table,
/// scan a table holding the whole year once per measure.
/// </summary>
public sealed class HistoryTally
{
    private readonly Dictionary<string, (int Approved, int Returned, int Rows)> counts = new(StringComparer.Ordinal);

    private HistoryTally()
    {
    }

    public static async Task<HistoryTally> ReadAsync(StorageClients storage, CancellationToken cancellationToken)
    {
        var tally = new HistoryTally();
        await foreach (var row in storage.Table(StorageNames.Instances).QueryAsync<TableEntity>(
            InstanceStore.HistoryRows, maxPerPage: 1000, select: [nameof(TableEntity.PartitionKey), "Type"], cancellationToken: cancellationToken))
        {
            var type = row.GetString("Type");
            var (approved, returned, rows) = tally.counts.GetValueOrDefault(row.PartitionKey);
            tally.counts[row.PartitionKey] = (
                approved + (type == nameof(ProgressApproved) ? 1 : 0),
                returned + (type == nameof(ProgressReturned) ? 1 : 0),
                rows + 1);
        }

        return tally;
    }

    /// <summary>History rows of an instance, and its progress approvals and returns.</summary>
    public (int Approved, int Returned, int Rows) Of(string instanceId) => counts.GetValueOrDefault(instanceId);
}
