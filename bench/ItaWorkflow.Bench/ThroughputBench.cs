using System.Diagnostics;
using Azure.Data.Tables;
using ItaWorkflow.Domain;
using ItaWorkflow.Simulation;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace ItaWorkflow.Bench;

/// <summary>
/// Events per second end to end with the same parallel callers against one Azurite, for N measures × 7 events:
/// (ours) the measure workflow — each raise through <c>WorkflowClient</c> answered once applied (its emails sent and
/// its step in the read model), then every case settled; (bare) <see cref="BareOrchestrator"/> — each raise followed
/// by polling its generation, as the client does, until counted; (raw) a point read plus a 3-entity batch per event.
/// </summary>
public static class ThroughputBench
{
    public const int Parallelism = 16;

    /// <summary>Acknowledge, then report and approve three periods: 7 events, each sending emails.</summary>
    public static IReadOnlyList<WorkflowEvent> Script { get; } =
    [
        new DivisionAcknowledged("ฝ่ายทะเบียน"),
        .. Enumerable.Range(0, 3).SelectMany(period => new WorkflowEvent[]
        {
            new ProgressSubmitted(period, "ฝ่ายทะเบียน", WorkStatus.InProgress, 50, "ผลการดำเนินการ", "", []),
            new ProgressApproved(period, "อนุมัติ"),
        }),
    ];

    public static MeasureInput Input(int i) => new(
        "bench-2567",
        "bench",
        2567,
        new Measure($"M{i:D5}", 1 + (i % 10), ["O30"], null, "ประเด็น", "มาตรการ", "ผลผลิต", "การรับรู้", Deadline.None,
            ["ฝ่ายทะเบียน"], [], FollowUpCadence.Monthly, "bench"),
        WorkflowCalendar.Default);

    public static async Task RunAsync(AzuriteProcess azurite, int measures, Figures figures)
    {
        var label = $"throughput, {measures} measures × {Script.Count} events, {Parallelism} callers";
        var events = measures * Script.Count;
        var cpu = new CpuMeter(azurite.ProcessId);
        var raw = await RawAsync(azurite.ConnectionString, events);
        var rawCpu = cpu.Lap(events);
        var bare = await BareAsync(azurite.ConnectionString, measures);
        var bareCpu = cpu.Lap(events);
        var (ours, emails, duplicates) = await OursAsync(azurite.ConnectionString, measures);
        var oursCpu = cpu.Lap(events);
        figures.Add(label, "(raw) point read + 3-entity batch, events/s", Figures.Number(events / raw.TotalSeconds) + $" (CPU ms per event Azurite / bench {Cpu(rawCpu)})");
        figures.Add(label, "(bare) orchestrator that only waits for the events, events/s", Figures.Number(events / bare.TotalSeconds) + $" (CPU {Cpu(bareCpu)})");
        figures.Add(label, "(ours) measure workflow raise → applied → emails sent, events/s", Figures.Number(events / ours.TotalSeconds) + $" (CPU {Cpu(oursCpu)}; {emails} emails, {duplicates} duplicates)");
        var cost = (ours.TotalSeconds / bare.TotalSeconds) - 1;
        figures.Add(label, "ours over bare (time per event)", $"+{cost:P0}", $"≤ +25 %: {Figures.Met(cost <= 0.25)}");
        figures.Add(label, "ours / raw, bare / raw (events/s)", $"{raw.TotalSeconds / ours.TotalSeconds:F2}, {raw.TotalSeconds / bare.TotalSeconds:F2}");
    }

    private static string Cpu(CpuPerUnit cpu) => $"{cpu.AzuriteMs:F1} / {cpu.ProcessMs:F1}";

    private static async Task<TimeSpan> RawAsync(string connectionString, int events)
    {
        var table = new TableServiceClient(connectionString).GetTableClient("benchraw" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        var partitions = Enumerable.Range(0, Parallelism).Select(i => $"p{i}").ToList();
        foreach (var partition in partitions)
        {
            await table.AddEntityAsync(new TableEntity(partition, "!state") { ["Version"] = 0L });
        }

        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(partitions, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (partition, _) =>
        {
            for (var i = 0; i < events / Parallelism; i++)
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
        await table.DeleteAsync();
        return watch.Elapsed;
    }

    private static async Task<TimeSpan> BareAsync(string connectionString, int measures)
    {
        await using var host = await BenchHost.StartAsync(connectionString, "bare" + Guid.NewGuid().ToString("N")[..8]);
        var ids = Enumerable.Range(0, measures).Select(i => $"bare-{i:D5}").ToList();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (id, ct) =>
        {
            await host.Durable.ScheduleNewOrchestrationInstanceAsync(nameof(BareOrchestrator), 0, new StartOrchestrationOptions(id), ct);
            await host.Durable.WaitForInstanceStartAsync(id, ct);
        });
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (id, ct) =>
        {
            for (var n = 1; n <= Script.Count; n++)
            {
                await host.Durable.RaiseEventAsync(id, BareOrchestrator.EventName, "event", ct);
                var delay = 10;
                while ((await host.Durable.GetInstanceAsync(id, getInputsAndOutputs: true, ct))?.ReadInputAs<int>() < n)
                {
                    await Task.Delay(delay, ct);
                    delay = Math.Min(delay * 2, 40);
                }
            }
        });
        watch.Stop();
        return watch.Elapsed;
    }

    private static async Task<(TimeSpan Elapsed, int Emails, int Duplicates)> OursAsync(string connectionString, int measures)
    {
        await using var host = await BenchHost.StartAsync(connectionString, "ours" + Guid.NewGuid().ToString("N")[..8]);
        var ids = Enumerable.Range(0, measures).Select(i => MeasureWorkflow.InstanceIdFor("bench", 2567, $"M{i:D5}")).ToList();
        await Parallel.ForEachAsync(Enumerable.Range(0, measures), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, ct) =>
            await host.Client.StartAsync(MeasureWorkflow.DefinitionName, ids[i], Input(i), "bench", ct));
        using (var settle = new CancellationTokenSource(TimeSpan.FromMinutes(20)))
        {
            await host.Driver.SettleAsync(settle.Token);
        }

        var emailsBefore = host.Emails.Executions.Count;
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (id, ct) =>
        {
            foreach (var workflowEvent in Script)
            {
                var result = await host.Client.RaiseEventAsync(id, new EventEnvelope(workflowEvent, "bench"), ct);
                if (result.Outcome != RaiseOutcome.Applied)
                {
                    throw new InvalidOperationException($"{workflowEvent.GetType().Name} on {id}: {result.Outcome} {result.Reason}");
                }
            }
        });
        using (var settle = new CancellationTokenSource(TimeSpan.FromMinutes(20)))
        {
            await host.Driver.SettleAsync(settle.Token);
        }

        watch.Stop();
        return (watch.Elapsed, host.Emails.Executions.Count - emailsBefore, host.Emails.Duplicates);
    }
}
