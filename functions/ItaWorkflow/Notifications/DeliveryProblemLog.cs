using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Notifications;

/// <summary>
/// The DeliveryProblems table: one row per case and recipient whose email failed, in the district's partition, removed
/// when a later email to that recipient of that case is delivered. The admin list and dashboard read it without touching
/// the workflow runtime's tables, so it serves the own engine and Durable Task alike.
/// </summary>
public sealed class DeliveryProblemLog(StorageClients storage)
{
    private TableClient Table => storage.Table(StorageNames.DeliveryProblems);

    /// <summary>Records (or refreshes) a failure.</summary>
    public Task RecordAsync(DeliveryProblem problem, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(
            new TableEntity(PartitionOf(problem.District), RowOf(problem.InstanceId, problem.Recipient))
            {
                ["District"] = problem.District,
                ["InstanceId"] = problem.InstanceId,
                ["Recipient"] = problem.Recipient,
                ["Template"] = problem.Template,
                ["Error"] = problem.Error,
                ["At"] = problem.At,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    /// <summary>Forgets a failure once an email to the same recipient of the same case was delivered.</summary>
    public async Task ClearAsync(string district, string instanceId, string recipient, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(PartitionOf(district), RowOf(instanceId, recipient), ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Nothing had failed for this recipient: the usual case.
        }
    }

    /// <summary>Open problems of one district, or of every district when <paramref name="district"/> is null.</summary>
    public async Task<IReadOnlyList<DeliveryProblem>> ListAsync(string? district, CancellationToken cancellationToken)
    {
        var rows = district is null
            ? Table.QueryAsync<TableEntity>(cancellationToken: cancellationToken)
            : Table.QueryAsync<TableEntity>(e => e.PartitionKey == PartitionOf(district), cancellationToken: cancellationToken);
        var result = new List<DeliveryProblem>();
        await foreach (var row in rows)
        {
            result.Add(new DeliveryProblem(
                row.GetString("District") ?? "", row.GetString("InstanceId") ?? "", row.GetString("Recipient") ?? "",
                row.GetString("Template") ?? "", row.GetString("Error") ?? "", row.GetDateTimeOffset("At") ?? default));
        }

        return result;
    }

    // Keys may not hold / \ # ?, which addresses may; a hash keeps one row per case and recipient whatever they hold.
    private static string RowOf(string instanceId, string recipient) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(instanceId + "\n" + recipient.Trim().ToLowerInvariant())));

    private static string PartitionOf(string district) =>
        string.Concat(district.Trim().Select(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '_' : c));
}
