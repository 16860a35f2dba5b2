using System.Diagnostics;
using System.Security.Cryptography;
using ItaWorkflow.Simulation;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Bench;

/// <summary>
/// Starts the built local host (functions/ItaWorkflow, Release) as its own process on a fresh storage prefix and times
/// process start → first answered <c>/healthz</c> → first served page (the admin sign-in page, which reads nothing);
/// then publishes the Functions app (Release) to a temporary folder and reports its size.
/// </summary>
public static class ColdStartBench
{
    public static async Task RunAsync(AzuriteProcess azurite, bool publish, Figures figures)
    {
        var root = RepositoryRoot();
        var app = Path.Combine(root, "functions", "ItaWorkflow", "bin", "Release", "net10.0", "ItaWorkflow.dll");
        if (!File.Exists(app))
        {
            figures.Add("cold start", "local host start → first served page", $"not measured: {app} missing (build the solution in Release first)");
        }
        else
        {
            var (health, page) = await StartToFirstPageAsync(app, azurite.ConnectionString);
            figures.Add("cold start", "local host process start → /healthz answered; → first page served (sign-in)", $"{health:F0} ms; {page:F0} ms");
        }

        if (publish)
        {
            var output = Directory.CreateTempSubdirectory("ita-publish-").FullName;
            var project = Path.Combine(root, "functions", "ItaWorkflow.Functions", "ItaWorkflow.Functions.csproj");
            using var dotnet = Process.Start(new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-o", output, "-nologo", "-v", "quiet"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var log = await dotnet.StandardOutput.ReadToEndAsync() + await dotnet.StandardError.ReadToEndAsync();
            await dotnet.WaitForExitAsync();
            var files = new DirectoryInfo(output).GetFiles("*", SearchOption.AllDirectories);
            figures.Add("cold start", "Functions app publish size (dotnet publish -c Release)", dotnet.ExitCode == 0
                ? $"{Figures.Mb(files.Sum(f => f.Length))} in {files.Length} files"
                : "publish failed: " + log.Trim().Split('\n').LastOrDefault());
            Directory.Delete(output, recursive: true);
        }
    }

    private static async Task<(double HealthMs, double PageMs)> StartToFirstPageAsync(string app, string connectionString)
    {
        var port = AzuriteProcess.FreePort();
        var mail = Directory.CreateTempSubdirectory("ita-cold-").FullName;
        var start = new ProcessStartInfo("dotnet", [
            app, $"--urls=http://127.0.0.1:{port}", "--environment=Production", "--Logging:LogLevel:Default=Warning",
            "--Storage:ConnectionString=" + connectionString, "--Storage:Prefix=cold" + Guid.NewGuid().ToString("N")[..8],
            "--Admin:Key=" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), "--Email:Pickup:Folder=" + mail,
            "--Links:SigningKeys:0:Id=bench", "--Links:SigningKeys:0:Secret=" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            "--Links:CurrentKeyId=bench",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(app)!,
        };
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            var health = await FirstOkAsync(http, "/healthz", watch, process);
            var page = await FirstOkAsync(http, "/manage/signin", watch, process);
            return (health, page);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(mail, recursive: true);
        }
    }

    private static async Task<double> FirstOkAsync(HttpClient http, string path, Stopwatch watch, Process process)
    {
        while (watch.Elapsed < TimeSpan.FromMinutes(2) && !process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(path);
                if (response.IsSuccessStatusCode)
                {
                    return watch.Elapsed.TotalMilliseconds;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(20);
        }

        return double.NaN;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ItaWorkflow.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
