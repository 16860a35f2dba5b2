using System.Reflection;

namespace ItaWorkflow.Tests.Deploy;

/// <summary>The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package, run offline.</summary>
public static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Path from the package's <c>$(BicepPath)</c>, recorded in the test assembly at build time.</summary>
    public static string Path { get; } = Locate();

    public static Task<ProcessResult> RunAsync(params string[] arguments) =>
        ProcessRunner.RunAsync(
            Path,
            arguments,
            RepositoryPaths.File("infra"),
            Timeout,
            new Dictionary<string, string>
            {
                ["BICEP_TRACING_ENABLED"] = "false",
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            });

    private static string Locate()
    {
        var recorded = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepPath").Value;
        Assert.False(string.IsNullOrEmpty(recorded), "$(BicepPath) was empty: is Azure.Bicep.CommandLine.linux-x64 referenced?");
        var path = recorded!.Replace('\\', '/');
        Assert.True(File.Exists(path), "Bicep CLI not found at " + path);

        // Some NuGet extractions drop the executable bit.
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        }

        return path;
    }
}
