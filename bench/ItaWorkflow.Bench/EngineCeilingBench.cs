using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using ItaWorkflow.Domain;
using ItaWorkflow.Simulation;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Bench;

/// <summary>
/// Issue #2 figure: (a) the raw Table Storage ceiling — a point read plus one 3-entity transactional batch per op —
/// and (b) engine transitions per second end to end (event raised → batch committed → every outbox row
/// dispatched through the queue), both with the same number of parallel workers in the same run.
/// </summary>
public static class EngineCeilingBench
{
    public static async Task<EngineCeilingResult> RunAsync(AzuriteProcess azurite, int parallelism, int instances)
    {
        using var requests = new StorageOperationCounter();
        var connectionString = azurite.ConnectionString;
        var cpu = new CpuMeter(azurite.ProcessId);

        // Each side first runs untimed, so the timed runs measure compiled code rather than the JIT warming up.
        // The engine's untimed run also gives the per-request breakdown: that needs the SDK's activities, which
        // cost processor time the timed runs should not pay.
        await RawCeilingAsync(connectionString, parallelism, instances, requests, cpu);
        var raw = await RawCeilingAsync(connectionString, parallelism, instances * 10, requests, cpu);
        var traced = await EngineThroughputAsync(connectionString, parallelism, Math.Max(parallelism, instances / 4), requests, cpu, traced: true);
        var engine = await EngineThroughputAsync(connectionString, parallelism, instances, requests, cpu, traced: false);
        return new EngineCeilingResult(
            parallelism, raw.Ops, raw.PerSecond, raw.Requests, raw.Cpu, engine.Transitions, engine.PerSecond, engine.Requests, engine.Cpu,
            engine.PerSecond / raw.PerSecond, traced.Calls);
    }

    private static async Task<(int Ops, double PerSecond, double Requests, CpuPerUnit Cpu)> RawCeilingAsync(
        string connectionString, int parallelism, int ops, StorageOperationCounter requests, CpuMeter cpu)
    {
        var table = new TableServiceClient(connectionString).GetTableClient("benchraw" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        var partitions = Enumerable.Range(0, parallelism).Select(i => $"p{i}").ToList();
        foreach (var partition in partitions)
        {
            await table.AddEntityAsync(new TableEntity(partition, "!state") { ["Version"] = 0L });
        }

        var requestsBefore = requests.Count;
        cpu.Restart();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(partitions, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (partition, _) =>
        {
            for (var i = 0; i < ops / parallelism; i++)
            {
                var state = (await table.GetEntityAsync<TableEntity>(partition, "!state")).Value;
                state["Version"] = (state.GetInt64("Version") ?? 0) + 1;
                TableTransactionAction[] batch =
                [
                    new(TableTransactionActionType.UpdateReplace, state, state.ETag),
                    new(TableTransactionActionType.Add, new TableEntity(partition, $"h{i:D10}") { ["Payload"] = "event" }),
                    new(TableTransactionActionType.Add, new TableEntity(partition, $"o{i:D10}") { ["Command"] = "command" }),
                ];
                await table.SubmitTransactionAsync(batch);
            }
        });
        watch.Stop();
        var done = ops / parallelism * parallelism;
        var used = requests.Count - requestsBefore;
        var perOp = cpu.Lap(done);
        await table.DeleteAsync();
        return (done, done / watch.Elapsed.TotalSeconds, (double)used / done, perOp);
    }

    private static async Task<(int Transitions, double PerSecond, double Requests, CpuPerUnit Cpu, IReadOnlyList<StorageCallShare> Calls)> EngineThroughputAsync(
        string connectionString, int parallelism, int instances, StorageOperationCounter requests, CpuMeter cpu, bool traced)
    {
        var prefix = "bench" + Guid.NewGuid().ToString("N")[..8];
        await using var host = new EngineBenchHost(connectionString, prefix);
        await host.Storage.EnsureCreatedAsync();
        var ids = new List<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, instances), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (i, _) =>
        {
            var id = $"bench-2567-M{i:D5}";
            lock (ids)
            {
                ids.Add(id);
            }

            await host.Client.StartAsync(MeasureWorkflow.DefinitionName, id, Input(i), "bench");
        });
        await host.PumpUntilAsync(() => true);

        var raisingDone = false;
        var transitions = 0;
        using var calls = traced ? new StorageCallTally(byResource: true) : null;
        var requestsBefore = requests.Count;
        cpu.Restart();
        var watch = Stopwatch.StartNew();
        var pump = host.PumpUntilAsync(() => Volatile.Read(ref raisingDone));
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (id, _) =>
        {
            foreach (var workflowEvent in Script())
            {
                var result = await host.Client.RaiseEventAsync(id, new EventEnvelope(workflowEvent, "bench"));
                if (result.Outcome != RaiseOutcome.Applied)
                {
                    throw new InvalidOperationException($"{workflowEvent.GetType().Name} on {id}: {result.Outcome} {result.Reason}");
                }

                Interlocked.Increment(ref transitions);
            }
        });
        Volatile.Write(ref raisingDone, true);
        await pump;
        watch.Stop();
        var perTransition = cpu.Lap(transitions);
        return (transitions, transitions / watch.Elapsed.TotalSeconds, (double)(requests.Count - requestsBefore) / transitions, perTransition,
            [.. (calls?.Totals() ?? []).Select(c => new StorageCallShare(c.Name.Replace(prefix, "", StringComparison.Ordinal), (double)c.Count / transitions, c.MeanMs))]);
    }

    /// <summary>Acknowledge, then report and approve three periods: 7 transitions, each with email and timer commands.</summary>
    private static IEnumerable<WorkflowEvent> Script()
    {
        yield return new DivisionAcknowledged("ฝ่ายทะเบียน");
        for (var period = 0; period < 3; period++)
        {
            yield return new ProgressSubmitted(period, "ฝ่ายทะเบียน", WorkStatus.InProgress, 50, "ผลการดำเนินการ", "", []);
            yield return new ProgressApproved(period, "อนุมัติ");
        }
    }

    public static MeasureInput Input(int i) => new(
        "bench-2567",
        "bench",
        2567,
        new Measure($"M{i:D5}", 1 + (i % 10), ["O30"], null, "ประเด็น", "มาตรการ", "ผลผลิต", "การรับรู้", Deadline.None,
            ["ฝ่ายทะเบียน"], [], FollowUpCadence.Monthly, "bench"),
        WorkflowCalendar.Default);
}
