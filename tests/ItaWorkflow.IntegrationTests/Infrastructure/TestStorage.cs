using ItaWorkflow.Storage;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Tests.Infrastructure;

/// <summary>Storage options with a unique prefix so each test sees empty tables and queues.</summary>
public static class TestStorage
{
    public static StorageOptions Options(Azurite azurite) => new()
    {
        ConnectionString = azurite.ConnectionString,
        Prefix = "t" + Guid.NewGuid().ToString("N")[..12],
    };

    public static async Task<StorageClients> CreateAsync(Azurite azurite)
    {
        var clients = new StorageClients(Microsoft.Extensions.Options.Options.Create(Options(azurite)));
        await clients.EnsureCreatedAsync();
        return clients;
    }
}
