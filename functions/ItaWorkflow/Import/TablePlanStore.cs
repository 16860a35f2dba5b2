using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ItaWorkflow.Domain;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Import;

/// <summary>
/// Keeps plans in the <see cref="StorageNames.Plans"/> table: partition = district, row = fiscal year
/// (pending imports use row <c>{year}-pending</c>). The plan JSON is split over properties of at most
/// 30,000 characters because a Table string property holds at most 64 KB.
/// </summary>
public sealed class TablePlanStore(StorageClients clients) : IPlanStore
{
    /// <summary>Characters per JSON chunk property.</summary>
    public const int ChunkSize = 30_000;

    // An entity holds at most 1 MB; 15 chunks of 30,000 UTF-16 characters stay well below it.
    private const int MaxChunks = 15;
    private const string PendingSuffix = "-pending";

    public Task SavePendingAsync(Plan plan, CancellationToken cancellationToken = default) =>
        UpsertAsync(plan, RowKey(plan.FiscalYear) + PendingSuffix, "Pending", cancellationToken);

    public Task<Plan?> GetPendingAsync(string district, int fiscalYear, CancellationToken cancellationToken = default) =>
        GetAsync(district, RowKey(fiscalYear) + PendingSuffix, cancellationToken);

    public async Task SaveDraftAsync(Plan plan, CancellationToken cancellationToken = default)
    {
        await UpsertAsync(plan, RowKey(plan.FiscalYear), "Draft", cancellationToken);
        var table = clients.Table(StorageNames.Plans);
        await table.DeleteEntityAsync(PartitionKey(plan.District), RowKey(plan.FiscalYear) + PendingSuffix, ETag.All, cancellationToken);
    }

    public Task<Plan?> GetDraftAsync(string district, int fiscalYear, CancellationToken cancellationToken = default) =>
        GetAsync(district, RowKey(fiscalYear), cancellationToken);

    private async Task UpsertAsync(Plan plan, string rowKey, string status, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(plan, PlanJson.Options);
        var chunks = (json.Length + ChunkSize - 1) / ChunkSize;
        if (chunks > MaxChunks)
        {
            throw new InvalidOperationException($"The plan is too large to store ({json.Length} characters of JSON).");
        }

        var entity = new TableEntity(PartitionKey(plan.District), rowKey)
        {
            ["Status"] = status,
            ["District"] = plan.District,
            ["FiscalYear"] = plan.FiscalYear,
            ["MeasureCount"] = plan.Measures.Count,
            ["Chunks"] = chunks,
        };
        for (var i = 0; i < chunks; i++)
        {
            entity[ChunkName(i)] = json.Substring(i * ChunkSize, Math.Min(ChunkSize, json.Length - i * ChunkSize));
        }

        var table = clients.Table(StorageNames.Plans);
        await table.CreateIfNotExistsAsync(cancellationToken);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private async Task<Plan?> GetAsync(string district, string rowKey, CancellationToken cancellationToken)
    {
        var table = clients.Table(StorageNames.Plans);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(district), rowKey, cancellationToken: cancellationToken);
        if (!response.HasValue || response.Value is not { } entity)
        {
            return null;
        }

        var chunks = entity.GetInt32("Chunks") ?? 0;
        var json = string.Concat(Enumerable.Range(0, chunks).Select(i => entity.GetString(ChunkName(i))));
        return JsonSerializer.Deserialize<Plan>(json, PlanJson.Options);
    }

    private static string ChunkName(int index) => "Json" + index.ToString(CultureInfo.InvariantCulture);

    private static string RowKey(int fiscalYear) => fiscalYear.ToString(CultureInfo.InvariantCulture);

    // Table keys may not contain / \ # ? or control characters.
    private static string PartitionKey(string district) =>
        string.Concat(district.Trim().Select(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '_' : c));
}
