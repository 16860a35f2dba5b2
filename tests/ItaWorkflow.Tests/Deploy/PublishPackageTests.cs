using System.IO.Compression;
using ItaWorkflow.Hosting;

namespace ItaWorkflow.Tests.Deploy;

/// <summary>Runs scripts/publish.sh once for the class and checks the zip the Functions host will see.</summary>
[Trait("Category", "Slow")]
public sealed class PublishPackageTests(PublishPackageTests.PublishedPackage package) : IClassFixture<PublishPackageTests.PublishedPackage>
{
    [Fact]
    public void Host_json_sits_at_the_package_root_unchanged()
    {
        var entry = package.Entry("host.json");

        using var reader = new StreamReader(entry.Open());
        Assert.Equal(File.ReadAllText(RepositoryPaths.File("host.json")), reader.ReadToEnd());
    }

    [Fact]
    public void Every_function_folder_with_its_function_json_sits_beside_host_json()
    {
        foreach (var function in FunctionNames.All)
        {
            var entry = package.Entry($"{function}/function.json");
            using var reader = new StreamReader(entry.Open());
            Assert.Equal(File.ReadAllText(RepositoryPaths.File("functions", "triggers", function, "function.json")), reader.ReadToEnd());
        }

        Assert.DoesNotContain(package.Names, name => name.StartsWith("functions/", StringComparison.Ordinal) || name.StartsWith("triggers/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_custom_handler_executable_is_at_the_root_and_executable()
    {
        var executable = package.Entry("ItaWorkflow");

        var mode = (UnixFileMode)((executable.ExternalAttributes >> 16) & 0x1FF);
        Assert.True(mode.HasFlag(UnixFileMode.UserExecute), $"mode was {mode}");
        Assert.True(mode.HasFlag(UnixFileMode.OtherExecute), $"mode was {mode}");
    }

    [Fact]
    public void The_package_carries_its_own_runtime_so_the_plan_needs_no_dotnet()
    {
        Assert.Contains("libcoreclr.so", package.Names);
        Assert.Contains("libhostfxr.so", package.Names);
        Assert.Contains("System.Private.CoreLib.dll", package.Names);
        Assert.Contains("Microsoft.AspNetCore.dll", package.Names);
        Assert.Contains("ItaWorkflow.dll", package.Names);
        Assert.DoesNotContain(package.Names, name => name.EndsWith(".pdb", StringComparison.Ordinal));
    }

    public sealed class PublishedPackage : IAsyncLifetime
    {
        private readonly string directory = Path.Combine(Path.GetTempPath(), "ita-publish-" + Guid.NewGuid().ToString("N"));
        private ZipArchive archive = null!;

        public IReadOnlyList<string> Names { get; private set; } = [];

        public ZipArchiveEntry Entry(string name) =>
            archive.GetEntry(name) ?? throw new Xunit.Sdk.XunitException($"{name} is not in the package; it has: {string.Join(", ", Names.Take(40))}");

        public async Task InitializeAsync()
        {
            var zip = Path.Combine(directory, "ita-workflow.zip");
            var result = await ProcessRunner.RunAsync(
                "bash", [RepositoryPaths.File("scripts", "publish.sh"), zip], RepositoryPaths.Root, TimeSpan.FromMinutes(15));
            Assert.True(result.ExitCode == 0, result.Output);
            archive = ZipFile.OpenRead(zip);
            Names = [.. archive.Entries.Select(e => e.FullName)];
        }

        public Task DisposeAsync()
        {
            archive.Dispose();
            Directory.Delete(directory, recursive: true);
            return Task.CompletedTask;
        }
    }
}
