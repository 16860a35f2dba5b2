using ItaWorkflow.Storage;

namespace ItaWorkflow.Tests.Infrastructure;

/// <summary>
/// One real Azurite process per test run (see <see cref="AzuriteCollection"/>); tests isolate themselves
/// with a unique storage prefix.
/// </summary>
public sealed class Azurite : IAsyncLifetime
{
    private AzuriteProcess? process;

    public string ConnectionString => Process.ConnectionString;

    public AzuriteProcess Process => process ?? throw new InvalidOperationException("Azurite is not started.");

    public static string RepoRoot => Deploy.RepositoryPaths.Root;

    public async Task InitializeAsync() => process = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (process is not null)
        {
            await process.DisposeAsync();
        }
    }
}
