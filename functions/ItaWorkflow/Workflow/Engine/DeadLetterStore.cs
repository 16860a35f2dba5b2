using Azure;
using Azure.Data.Tables;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>The dead-letter table: one partition, newest rows visible to the admin page.</summary>
public sealed class DeadLetterStore(StorageClients storage)
{
    private const string Partition = "dead";

    private TableClient Table => storage.Table(StorageNames.DeadLetters);

    public static string IdFor(string instanceId, string? outboxRow) =>
        outboxRow is null ? $"{instanceId}|message|{Guid.NewGuid():N}" : $"{instanceId}|{outboxRow}";

    public Task ParkAsync(DeadLetter letter, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(
            new TableEntity(Partition, letter.Id)
            {
                ["InstanceId"] = letter.InstanceId,
                ["OutboxRow"] = letter.OutboxRow,
                ["What"] = letter.What,
                ["Error"] = Truncate(letter.Error),
                ["Attempts"] = letter.Attempts,
                ["ParkedAt"] = letter.ParkedAt,
                ["MessageBody"] = letter.MessageBody,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task<IReadOnlyList<DeadLetter>> ListAsync(CancellationToken cancellationToken)
    {
        var letters = new List<DeadLetter>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            letters.Add(ToLetter(e));
        }

        return letters;
    }

    public async Task<DeadLetter?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken);
        return response.HasValue ? ToLetter(response.Value!) : null;
    }

    public async Task RemoveAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(Partition, id, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already removed by another admin.
        }
    }

    private static string Truncate(string text) => text.Length <= 8000 ? text : text[..8000];

    private static DeadLetter ToLetter(TableEntity e) => new(
        e.RowKey,
        e.GetString("InstanceId") ?? "",
        e.GetString("OutboxRow"),
        e.GetString("What") ?? "",
        e.GetString("Error") ?? "",
        e.GetInt32("Attempts") ?? 0,
        e.GetDateTimeOffset("ParkedAt") ?? default,
        e.GetString("MessageBody"));
}
