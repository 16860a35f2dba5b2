using Azure;
using Azure.Data.Tables;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Notifications;

/// <summary>The Emails table: one row per email per recipient, PK = instance id.</summary>
public sealed class EmailLog(StorageClients storage)
{
    private TableClient Table => storage.Table(StorageNames.Emails);

    /// <summary>Adds the record if absent; returns the stored record (the new one, or the one already there).</summary>
    public async Task<(EmailRecord Record, bool Created)> ClaimAsync(EmailRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(ToEntity(record), cancellationToken);
            return (record, true);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await GetAsync(record.InstanceId, record.RowKey, cancellationToken);
            return (existing ?? record, false);
        }
    }

    public async Task<EmailRecord?> GetAsync(string instanceId, string rowKey, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(instanceId, rowKey, cancellationToken: cancellationToken);
        return row.HasValue ? FromEntity(row.Value!) : null;
    }

    public Task UpdateAsync(EmailRecord record, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(ToEntity(record), TableUpdateMode.Replace, cancellationToken);

    /// <summary>Every email about one instance, in sending order.</summary>
    public async Task<IReadOnlyList<EmailRecord>> ForInstanceAsync(string instanceId, CancellationToken cancellationToken)
    {
        var result = new List<EmailRecord>();
        await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == instanceId, cancellationToken: cancellationToken))
        {
            result.Add(FromEntity(row));
        }

        return [.. result.OrderBy(r => r.RowKey, StringComparer.Ordinal)];
    }

    /// <summary>Emails refused for good, for the admin page.</summary>
    public async Task<IReadOnlyList<EmailRecord>> FailedAsync(CancellationToken cancellationToken)
    {
        var result = new List<EmailRecord>();
        var failed = nameof(EmailStatus.Failed);
        await foreach (var row in Table.QueryAsync<TableEntity>(e => e.GetString("Status") == failed, cancellationToken: cancellationToken))
        {
            result.Add(FromEntity(row));
        }

        return result;
    }

    private static TableEntity ToEntity(EmailRecord r) => new(r.InstanceId, r.RowKey)
    {
        ["Recipient"] = r.Recipient,
        ["Template"] = r.Template,
        ["Subject"] = r.Subject,
        ["Status"] = r.Status.ToString(),
        ["Provider"] = r.Provider,
        ["ProviderMessageId"] = r.ProviderMessageId,
        ["Attempts"] = r.Attempts,
        ["LastError"] = r.LastError,
        ["UpdatedAt"] = r.UpdatedAt,
    };

    private static EmailRecord FromEntity(TableEntity e) => new(
        e.PartitionKey,
        e.RowKey,
        e.GetString("Recipient") ?? "",
        e.GetString("Template") ?? "",
        e.GetString("Subject") ?? "",
        Enum.Parse<EmailStatus>(e.GetString("Status") ?? nameof(EmailStatus.Sending)),
        e.GetString("Provider") ?? "",
        e.GetString("ProviderMessageId"),
        e.GetInt32("Attempts") ?? 0,
        e.GetString("LastError"),
        e.GetDateTimeOffset("UpdatedAt") ?? default);
}
