using System.Diagnostics;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Bench;

/// <summary>Issue #2 figure: peak working set of the app process after starting and dispatching N measure instances.</summary>
public static class InstanceMemoryBench
{
    public static async Task<(int Instances, long PeakWorkingSetBytes, long ManagedHeapBytes, TimeSpan Elapsed)> RunAsync(string connectionString, int instances)
    {
        await using var host = new EngineBenchHost(connectionString, "mem" + Guid.NewGuid().ToString("N")[..8]);
        await host.Storage.EnsureCreatedAsync();
        var watch = Stopwatch.StartNew();
        var started = false;
        var pump = host.PumpUntilAsync(() => Volatile.Read(ref started));
        await Parallel.ForEachAsync(Enumerable.Range(0, instances), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
            await host.Client.StartAsync(MeasureWorkflow.DefinitionName, $"mem-2567-M{i:D5}", EngineCeilingBench.Input(i), "bench"));
        Volatile.Write(ref started, true);
        await pump;
        watch.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return (instances, process.PeakWorkingSet64, GC.GetTotalMemory(false), watch.Elapsed);
    }
}
