using Azure;
using Azure.Data.Tables;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Simulation;

/// <summary>Keeps the simulated clock position in storage so a killed simulation resumes where it was.</summary>
public sealed class SimulationClockStore(StorageClients storage)
{
    private const string TableName = "simulation";
    private const string Key = "clock";

    private TableClient Table => storage.Table(TableName);

    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => Table.CreateIfNotExistsAsync(cancellationToken);

    /// <summary>The saved clock position, or null when this storage has not been simulated yet.</summary>
    public async Task<DateTimeOffset?> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var entity = await Table.GetEntityAsync<TableEntity>(Key, Key, cancellationToken: cancellationToken);
            return entity.Value.GetDateTimeOffset("Now");
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public Task SaveAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(new TableEntity(Key, Key) { ["Now"] = now }, TableUpdateMode.Replace, cancellationToken);
}
