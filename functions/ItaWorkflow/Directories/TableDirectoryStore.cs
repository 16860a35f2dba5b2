using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Directories;

/// <summary>One row per district in <see cref="StorageNames.Directory"/>, the directory as JSON.</summary>
public sealed class TableDirectoryStore(StorageClients storage) : IDirectoryStore
{
    private const string Partition = "district";

    private TableClient Table => storage.Table(StorageNames.Directory);

    public async Task<DistrictDirectory?> GetAsync(string district, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, KeyOf(district), cancellationToken: cancellationToken);
        return row.HasValue ? Read(row.Value!) : null;
    }

    public async Task<IReadOnlyList<DistrictDirectory>> ListAsync(CancellationToken cancellationToken)
    {
        var result = new List<DistrictDirectory>();
        await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            result.Add(Read(row));
        }

        return result;
    }

    public Task SaveAsync(DistrictDirectory directory, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(
            new TableEntity(Partition, KeyOf(directory.District))
            {
                ["District"] = directory.District,
                ["Json"] = JsonSerializer.Serialize(directory, EngineJson.Options),
            },
            TableUpdateMode.Replace,
            cancellationToken);

    private static DistrictDirectory Read(TableEntity row) =>
        JsonSerializer.Deserialize<DistrictDirectory>(row.GetString("Json"), EngineJson.Options)
        ?? throw new RequestFailedException($"Directory row {row.RowKey} is empty.");

    // Row keys may not hold / \ # ?; district names never need them, but a typo must not break storage.
    private static string KeyOf(string district) =>
        string.Concat(district.Trim().Select(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '_' : c));
}
