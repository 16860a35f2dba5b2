using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ItaWorkflow.Storage;

/// <summary>
/// Starts Azurite (from the repository's node_modules) on free loopback ports with its data in a folder or in memory only,
/// for the simulator, the benchmarks and the tests. Disposing it stops the process.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account key.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process process;
    private readonly string? ownedFolder;

    private AzuriteProcess(Process process, int blobPort, int queuePort, int tablePort, string? ownedFolder)
    {
        this.process = process;
        this.ownedFolder = ownedFolder;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public int ProcessId => process.Id;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    /// <summary>Finds the folder holding node_modules/.bin/azurite, from <paramref name="start"/> upwards.</summary>
    public static string? FindExecutable(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "node_modules", ".bin", "azurite");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Starts Azurite; with no <paramref name="dataFolder"/> a temporary folder is used and deleted on dispose.</summary>
    /// <param name="dataFolder">Where Azurite keeps its data; data there survives a restart.</param>
    /// <param name="ports">Blob, queue and table ports to reuse (a restart after <see cref="Kill"/>); free ports when null.</param>
    /// <param name="cancellationToken">Cancels waiting for the ports.</param>
    public static Task<AzuriteProcess> StartAsync(
        string? dataFolder = null, (int Blob, int Queue, int Table)? ports = null, CancellationToken cancellationToken = default)
    {
        var owned = dataFolder is null ? Directory.CreateTempSubdirectory("ita-azurite-").FullName : null;
        var folder = dataFolder ?? owned!;
        Directory.CreateDirectory(folder);
        return StartAsync(["--location", folder], ports, owned, cancellationToken);
    }

    /// <summary>
    /// Starts Azurite keeping everything in memory only (<c>--inMemoryPersistence</c>): nothing survives
    /// <see cref="StopAsync"/> or <see cref="Kill"/>. With disk persistence Azurite rewrites its whole database every
    /// 5 s, which dominates its processor time once tables hold a few hundred thousand rows (a long simulation).
    /// </summary>
    /// <param name="ports">Blob, queue and table ports to use; free ports when null.</param>
    /// <param name="cancellationToken">Cancels waiting for the ports.</param>
    public static Task<AzuriteProcess> StartInMemoryAsync((int Blob, int Queue, int Table)? ports = null, CancellationToken cancellationToken = default) =>
        StartAsync(["--inMemoryPersistence"], ports, null, cancellationToken);

    private static async Task<AzuriteProcess> StartAsync(
        string[] persistence, (int Blob, int Queue, int Table)? ports, string? owned, CancellationToken cancellationToken)
    {
        var executable = FindExecutable(AppContext.BaseDirectory) ?? FindExecutable(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException(
                "Azurite is not installed: run 'npm ci' in the repository root (scripts/install-deps.sh does it). " +
                "ไม่พบ Azurite: โปรดรัน npm ci ที่โฟลเดอร์หลักของโปรเจกต์");
        var (blob, queue, table) = ports ?? (FreePort(), FreePort(), FreePort());
        string[] arguments =
        [
            "--silent", "--disableTelemetry", "--skipApiVersionCheck", .. persistence,
            "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", table.ToString(CultureInfo.InvariantCulture),
        ];
        var start = new ProcessStartInfo(executable, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new AzuriteProcess(process, blob, queue, table, owned);
        try
        {
            foreach (var port in new[] { table, queue, blob })
            {
                await azurite.WaitForPortAsync(port, cancellationToken);
            }
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }

        return azurite;
    }

    /// <summary>
    /// Stops Azurite with SIGTERM so it flushes its data to disk first (it keeps data in memory and saves
    /// periodically; a SIGKILL loses the latest writes), as a storage outage that later comes back.
    /// </summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }

        using (var signal = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])))
        {
            await signal!.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    /// <summary>Kills the process at once.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        process.Dispose();
        if (ownedFolder is not null)
        {
            try
            {
                Directory.Delete(ownedFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by the dying process; the temp folder is cleaned by the OS.
            }
        }

        await Task.CompletedTask;
    }

    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitForPortAsync(int port, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} while starting.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, cancellationToken);
            }
        }

        throw new TimeoutException($"Azurite did not open port {port} within 30 s.");
    }
}
