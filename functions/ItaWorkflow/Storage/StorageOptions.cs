namespace ItaWorkflow.Storage;

/// <summary>Where the app keeps its tables, queues and blobs.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Azure Storage connection string. Locally this points at Azurite.</summary>
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>
    /// Storage account name for identity-based access (Azure): when set, <see cref="ConnectionString"/>
    /// is ignored and the app signs in with its managed identity, which holds data-plane roles.
    /// </summary>
    public string AccountName { get; set; } = "";

    /// <summary>Client id of the user-assigned managed identity; empty uses the default credential chain.</summary>
    public string ManagedIdentityClientId { get; set; } = "";

    /// <summary>
    /// Prefix for every table, queue and container name, so several environments (or test runs)
    /// can share one account. Letters and digits only.
    /// </summary>
    public string Prefix { get; set; } = "ita";

    public string TableName(string name) => Prefix + name;

    public string QueueName(string name) => (Prefix + "-" + name).ToLowerInvariant();

    public string ContainerName(string name) => (Prefix + "-" + name).ToLowerInvariant();
}
