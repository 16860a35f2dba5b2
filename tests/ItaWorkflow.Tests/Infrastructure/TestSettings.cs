using ItaWorkflow.Storage;

namespace ItaWorkflow.Tests.Infrastructure;

/// <summary>The settings every test app needs to start in Production mode: its storage, a link-signing key and an admin key.</summary>
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
    };
}
