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

    public static string RepoRoot { get; } = FindRepoRoot();

    public async Task InitializeAsync() => process = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (process is not null)
        {
            await process.DisposeAsync();
        }
    }

    private static string FindRepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ItaWorkflow.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Could not find the repository root (ItaWorkflow.slnx).");
    }
}
