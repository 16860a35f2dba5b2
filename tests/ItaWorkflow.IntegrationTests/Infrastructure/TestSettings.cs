using ItaWorkflow.Storage;

namespace ItaWorkflow.Tests.Infrastructure;

/// <summary>
/// The settings every test app needs to start in Production mode: its storage, a link-signing key, an admin key, and cases on a
/// virtual clock the test moves, retried quickly and polled often on a one-partition hub.
/// </summary>
public static class TestSettings
{
    public const string LinkKeyId = "k1";
    public const string LinkSecret = "0H63fSm99BF5957F9Zqb9Yboc5zA/cvuPxyWXkwwRNA=";

    public static Dictionary<string, string?> For(StorageOptions storage, string adminKey) => new()
    {
        ["Storage:ConnectionString"] = storage.ConnectionString,
        ["Storage:Prefix"] = storage.Prefix,
        ["Admin:Key"] = adminKey,
        ["Links:SigningKeys:0:Id"] = LinkKeyId,
        ["Links:SigningKeys:0:Secret"] = LinkSecret,
        ["Links:CurrentKeyId"] = LinkKeyId,
        ["Durable:VirtualClock"] = "true",
        // A busy test machine must not turn "applied" into "being processed".
        ["Durable:ApplyWait"] = "00:00:30",
        ["Durable:ActivityAttempts"] = "2",
        ["Durable:FirstRetryInterval"] = "00:00:00.100",
        ["Durable:PartitionCount"] = "1",
        ["Durable:MaxQueuePollingInterval"] = "00:00:00.200",
    };
}
