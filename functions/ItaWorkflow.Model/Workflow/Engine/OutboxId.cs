namespace ItaWorkflow.Workflow.Engine;

/// <summary>Builds and splits the global outbox id <c>{instanceId}/{rowKey}</c>.</summary>
public static class OutboxId
{
    public static string Of(string instanceId, string rowKey) => instanceId + "/" + rowKey;

    public static (string InstanceId, string RowKey) Split(string id)
    {
        var slash = id.LastIndexOf('/');
        return slash <= 0 ? throw new FormatException($"'{id}' is not an outbox id.") : (id[..slash], id[(slash + 1)..]);
    }
}
