using Azure.Data.Tables;
using System.Diagnostics;
using ItaWorkflow.Simulation;
using ItaWorkflow.Storage;
using System.Text.Json;
using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Bench;

/// <summary>
/// Working set of the local host (this process: worker, client, app services) with N measure orchestrations started at
/// once (scheduled as <c>WorkflowClient.StartAsync</c> does, without waiting for each first step) while the worker runs
/// their first steps (assignment emails, step recorded) until all wait for their division, or until the time cap.
/// </summary>
public static class MemoryBench
{
    public static async Task RunAsync(AzuriteProcess azurite, int measures, TimeSpan cap, Figures figures)
    {
        var label = $"memory, {measures:N0} running orchestrations";
        await using var host = await BenchHost.StartAsync(azurite.ConnectionString, "mem" + Guid.NewGuid().ToString("N")[..8]);
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, measures), new ParallelOptions { MaxDegreeOfParallelism = ThroughputBench.Parallelism }, async (i, ct) =>
            await host.Get<DurableWorkflowClient>().StartJsonAsync(
                MeasureWorkflow.DefinitionName, MeasureWorkflow.InstanceIdFor("mem", 2567, $"M{i:D5}"),
                JsonSerializer.Serialize(ThroughputBench.Input(i), EngineJson.Options), "bench", virtualClock: true, BenchHost.Start, ct));
        var started = watch.Elapsed;
        // On a slow box the first steps of every case may not all run within the cap; the figure then says how many did.
        using (var settle = new CancellationTokenSource(cap - watch.Elapsed > TimeSpan.Zero ? cap - watch.Elapsed : TimeSpan.FromSeconds(1)))
        {
            try
            {
                await host.Driver.SettleAsync(settle.Token);
            }
            catch (OperationCanceledException)
            {
                // Reported below as the number of first steps done.
            }
        }

        watch.Stop();
        var stepped = 0;
        await foreach (var row in host.Get<StorageClients>().Table(StorageNames.InstanceIndex).QueryAsync<TableEntity>(select: ["RowKey"]))
        {
            stepped += row.RowKey.StartsWith("mem-2567-", StringComparison.Ordinal) ? 1 : 0;
        }

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var settledWorkingSet = self.WorkingSet64;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        self.Refresh();
        figures.Add(label, "peak working set of the host process", Figures.Mb(self.PeakWorkingSet64), $"< 400 MB: {Figures.Met(self.PeakWorkingSet64 < 400L * 1048576)}");
        figures.Add(label, "working set once all settled / after a full GC; managed heap", $"{Figures.Mb(settledWorkingSet)} / {Figures.Mb(self.WorkingSet64)}; {Figures.Mb(GC.GetTotalMemory(false))}");
        figures.Add(label, $"time to schedule all / until settled (cap {cap.TotalMinutes:F0} min)", $"{started.TotalSeconds:F0} s / {watch.Elapsed.TotalSeconds:F0} s: first step done for {stepped:N0} (read-model rows), {host.Emails.Executions.Count:N0} emails");
    }
}
