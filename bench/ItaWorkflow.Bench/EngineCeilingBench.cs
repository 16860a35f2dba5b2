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
/// dispatched through the queue), both with the same number of parallel workers against the same Azurite.
/// Two engine workloads: one command per event (a commit writes the raw op's three rows, so the ratio is the engine's
/// own cost) and the measure workflow (a commit writes about five rows and dispatches 2.5 commands).
/// </summary>
public static class EngineCeilingBench
{
    public static readonly EngineWorkload OneCommand = new(
        "one command per event (the raw op's rows)",
        OneCommandWorkflow.DefinitionName,
        _ => new OneCommandWorkflow.Input("bench"),
        [.. Enumerable.Range(1, 7).Select(n => new OneCommandWorkflow.Counted(n))]);

    public static readonly EngineWorkload Measure = new("measure workflow", MeasureWorkflow.DefinitionName, Input, [.. Script()]);

    /// <summary>Runs each side once untimed, then <paramref name="rounds"/> rounds of raw and every engine workload in turn.</summary>
    public static async Task<EngineCeilingResult> RunAsync(AzuriteProcess azurite, int parallelism, int instances, int rounds)
    {
        using var requests = new StorageOperationCounter();
        var connectionString = azurite.ConnectionString;
        var cpu = new CpuMeter(azurite.ProcessId);
        EngineWorkload[] workloads = [OneCommand, Measure];

        // The untimed runs let the JIT compile every path first. The measure workflow's untimed run also gives the
        // per-request breakdown: that needs the SDK's activities, which cost processor time the timed runs should not pay.
        await RawCeilingAsync(connectionString, parallelism, instances, requests, cpu);
        await EngineThroughputAsync(connectionString, OneCommand, parallelism, instances / 4, requests, cpu, traced: false);
        var traced = await EngineThroughputAsync(connectionString, Measure, parallelism, Math.Max(parallelism, instances / 4), requests, cpu, traced: true);

        var raw = new List<ThroughputSample>();
        var engine = workloads.ToDictionary(w => w, _ => new List<ThroughputSample>());
        for (var round = 0; round < rounds; round++)
        {
            raw.Add(await RawCeilingAsync(connectionString, parallelism, instances * 10, requests, cpu));
            foreach (var workload in workloads)
            {
                engine[workload].Add((await EngineThroughputAsync(connectionString, workload, parallelism, instances, requests, cpu, traced: false)).Sample);
            }
        }

        return new EngineCeilingResult(
            parallelism,
            raw,
            [.. workloads.Select(w => new EngineWorkloadResult(w.Label, engine[w], [.. engine[w].Select((run, i) => run.PerSecond / raw[i].PerSecond)]))],
            traced.Calls);
    }

    private static async Task<ThroughputSample> RawCeilingAsync(
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
        return new ThroughputSample(done / watch.Elapsed.TotalSeconds, (double)used / done, perOp);
    }

    private static async Task<(ThroughputSample Sample, IReadOnlyList<StorageCallShare> Calls)> EngineThroughputAsync(
        string connectionString, EngineWorkload workload, int parallelism, int instances, StorageOperationCounter requests, CpuMeter cpu, bool traced)
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

            await host.Client.StartAsync(workload.Definition, id, workload.Input(i), "bench");
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
            foreach (var workflowEvent in workload.Script)
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
        var sample = new ThroughputSample(
            transitions / watch.Elapsed.TotalSeconds, (double)(requests.Count - requestsBefore) / transitions, cpu.Lap(transitions));
        IReadOnlyList<StorageCallShare> shares =
            [.. (calls?.Totals() ?? []).Select(c => new StorageCallShare(c.Name.Replace(prefix, "", StringComparison.Ordinal), (double)c.Count / transitions, c.MeanMs))];
        await host.DeleteStorageAsync();
        return (sample, shares);
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
