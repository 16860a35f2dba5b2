using System.Globalization;
using ItaWorkflow.Bench;
using ItaWorkflow.Simulation;
using ItaWorkflow.Storage;
using Spectre.Console;

// Benchmarks print figures; they are not pass/fail tests.
// Usage: bench [engine|memory|reports|admin|links|simulation|all] [--parallelism N] [--instances N] [--admin-rows N] [--districts N] [--measures N]
//   engine: [--parallelism N (default: 8, then 32)] [--instances 400] [--rounds 3]
//   links: [--users 50] [--rounds 4] [--think SECONDS (default: seeded random 0.5–1.5 s; 0 = stress)] [--seed 1] [--in-memory]
//   simulation: [--districts-per-shard 1000] [--azurites 1] [--disk] (Azurite keeps its data in memory only unless --disk is given;
//   --azurites N starts N in-memory Azurite processes the shards use in turn)
//   memory: [--memory-instances 10000] [--disk] (Azurite in memory unless --disk is given, as for the simulation)
// (simulation is not part of "all": a full 50 × 30 year takes long on a small machine.)
var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
int[] parallelism = args.Contains("--parallelism") ? [Option("--parallelism", 8)] : [8, 32];
var table = new Table().AddColumns("benchmark", "figure", "value");

if (what is "engine" or "all")
{
    // On disk: with --inMemoryPersistence Azurite stopped answering for over 45 s in the middle of these runs (3 of 4 tries).
    await using var engineAzurite = await AzuriteProcess.StartAsync();
    foreach (var workers in parallelism)
    {
        var engine = await EngineCeilingBench.RunAsync(engineAzurite, workers, Option("--instances", 400), Option("--rounds", 3));
        var label = $"engine ceiling, {workers} workers";
        table.AddRow(label, "(a) raw read + 3-entity batch, ops/s (each round)", Runs(engine.Raw, r => r.PerSecond, "F0"));
        table.AddRow(label, "(a) storage requests per raw op", Runs(engine.Raw, r => r.Requests, "F2"));
        table.AddRow(label, "(a) CPU ms per raw op, Azurite / bench client", RunsCpu(engine.Raw));
        foreach (var workload in engine.Engine)
        {
            table.AddRow(label, $"(b) {workload.Label}: transitions/s end to end", Runs(workload.Runs, r => r.PerSecond, "F0"));
            table.AddRow(label, $"(b) {workload.Label}: storage requests per transition (incl. idle queue polls)", Runs(workload.Runs, r => r.Requests, "F2"));
            table.AddRow(label, $"(b) {workload.Label}: CPU ms per transition, Azurite / engine", RunsCpu(workload.Runs));
            table.AddRow(label, $"ratio (b)/(a), {workload.Label} (target ≥ 0.5)", $"median {Runs([Median(workload.Ratios)], r => r, "F2")} ({Runs(workload.Ratios, r => r, "F2")})");
        }

        foreach (var call in engine.MeasureCalls.Where(c => c.PerRequest >= 0.01))
        {
            table.AddRow($"{label}, measure workflow requests", Markup.Escape(call.Name), $"{call.PerRequest:F2} per transition, {call.MeanMs:F1} ms");
        }
    }
}

if (what is "all" or "memory" or "simulation" or "admin")
{
    // A long simulation or 10,000 instances fill Azurite's tables, and its periodic rewrite of the whole database to
    // disk would dominate.
    await using var azurite = what is "simulation" or "memory" && !args.Contains("--disk") ? await AzuriteProcess.StartInMemoryAsync() : await AzuriteProcess.StartAsync();
    if (what is "memory" or "all")
    {
        var memory = await InstanceMemoryBench.RunAsync(azurite.ConnectionString, Option("--memory-instances", 10_000));
        table.AddRow("memory", "instances started and dispatched", memory.Instances.ToString(CultureInfo.InvariantCulture));
        table.AddRow("memory", "peak working set, MB (target < 300)", (memory.PeakWorkingSetBytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture));
        table.AddRow("memory", "wall time, s", memory.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture));
    }

    if (what is "simulation")
    {
        // More Azurite processes (in memory) let the shards use more than one processor core.
        var extra = new List<AzuriteProcess>();
        for (var i = 1; i < Option("--azurites", 1); i++)
        {
            extra.Add(await AzuriteProcess.StartInMemoryAsync());
        }

        var year = await SimulationBench.RunAsync(
            [azurite, .. extra], Option("--districts", 50), Option("--measures", 30), Option("--districts-per-shard", SimulationSettings.DefaultDistrictsPerShard));
        var label = $"fiscal year {year.Districts} × {year.MeasuresPerDistrict}";
        table.AddRow(label, "Azurite keeps its data", args.Contains("--disk") ? "on disk" : "in memory");
        table.AddRow(label, "Azurite processes", (1 + extra.Count).ToString(CultureInfo.InvariantCulture));
        table.AddRow(label, "districts per engine (storage prefix)", Option("--districts-per-shard", SimulationSettings.DefaultDistrictsPerShard).ToString(CultureInfo.InvariantCulture));
        table.AddRow(label, "wall time, s (target < 600)", year.Elapsed.TotalSeconds.ToString("F0", CultureInfo.InvariantCulture));
        table.AddRow(label, "transitions", year.Transitions.ToString(CultureInfo.InvariantCulture));
        table.AddRow(label, "emails (duplicates, failed deliveries)", $"{year.Emails.ToString(CultureInfo.InvariantCulture)} ({year.DuplicateEmails.ToString(CultureInfo.InvariantCulture)}, {year.FailedDeliveries.ToString(CultureInfo.InvariantCulture)})");
        table.AddRow(label, "storage operations per transition", year.StorageOperationsPerTransition.ToString("F1", CultureInfo.InvariantCulture));
        table.AddRow(label, "peak working set, MB (target < 500)", (year.PeakWorkingSetBytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture));
        table.AddRow(label, "Azurite peak resident memory, MB", (year.AzuritePeakWorkingSetBytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture));
        table.AddRow(label, "processor time, s, Azurite / simulator", $"{year.AzuriteProcessorTime.TotalSeconds.ToString("F0", CultureInfo.InvariantCulture)} / {year.ProcessorTime.TotalSeconds.ToString("F0", CultureInfo.InvariantCulture)}");
        table.AddRow(label, "clock stops", year.ClockSteps.ToString(CultureInfo.InvariantCulture));
        foreach (var call in year.Calls)
        {
            table.AddRow(label, $"  {call.Name}", $"{call.Count.ToString(CultureInfo.InvariantCulture)} × {call.MeanMs.ToString("F1", CultureInfo.InvariantCulture)} ms");
        }

        // A clean exit lets Azurite write a processor profile when NODE_OPTIONS=--cpu-prof asks for one.
        await azurite.StopAsync();
        foreach (var process in extra)
        {
            await process.StopAsync();
            await process.DisposeAsync();
        }
    }

    if (what is "admin" or "all")
    {
        foreach (var result in await AdminListBench.RunAsync(azurite.ConnectionString, Option("--admin-rows", 100_000)))
        {
            table.AddRow("admin list (100k rows, 50/page)", result.Name + ", p50 / p95 ms (target p95 < 200)",
                $"{result.P50Ms.ToString("F1", CultureInfo.InvariantCulture)} / {result.P95Ms.ToString("F1", CultureInfo.InvariantCulture)}");
        }
    }
}

if (what is "links" or "all")
{
    // Its own Azurite, on disk unless --in-memory is given: Azurite rewrites its whole database to disk every 5 s,
    // stalling every request in flight for longer the more it holds (with the memory bench's 10,000 instances, 2 s).
    var inMemory = args.Contains("--in-memory");
    await using var azurite = inMemory ? await AzuriteProcess.StartInMemoryAsync() : await AzuriteProcess.StartAsync();
    var think = Array.IndexOf(args, "--think") is var at and >= 0 && at + 1 < args.Length
        ? double.Parse(args[at + 1], CultureInfo.InvariantCulture)
        : (double?)null;
    var links = await LinkLoadBench.RunAsync(azurite.ConnectionString, Option("--users", 50), Option("--rounds", 4), think, Option("--seed", 1));
    var label = $"links ({links.Users} users × {links.Rounds} rounds, think {links.Think})";
    table.AddRow(label, "GET page p50 / p95 / max, ms", Latency(links.Get));
    table.AddRow(label, "POST progress p50 / p95 / max, ms (target p95 < 100)", Latency(links.Post));
    table.AddRow(label, "Azurite keeps its data", inMemory ? "in memory" : "on disk");
    table.AddRow(label, "requests/s", links.RequestsPerSecond.ToString("F1", CultureInfo.InvariantCulture));
    table.AddRow(label, "background work left after the last answer: drained in, s", links.Drained.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture));
    table.AddRow(label, "errors (target 0)", links.Errors.ToString(CultureInfo.InvariantCulture) + string.Concat(links.FirstErrors.Select(e => "\n" + e)));
    foreach (var (kind, calls) in new[] { ("GET", links.GetCalls), ("POST", links.PostCalls) })
    {
        table.AddRow(label, $"storage calls per {kind}", calls.Sum(c => c.PerRequest).ToString("F1", CultureInfo.InvariantCulture));
        foreach (var call in calls)
        {
            table.AddRow(label, $"  {kind}: {call.Name}", $"{call.PerRequest.ToString("F2", CultureInfo.InvariantCulture)} × {call.MeanMs.ToString("F1", CultureInfo.InvariantCulture)} ms");
        }
    }
}

if (what is "reports" or "all")
{
    var report = await ReportGenerationBench.RunAsync();
    table.AddRow("report (60 measures × 12 months)", "cold compile+docx+xlsx, ms", report.ColdTotal.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture));
    table.AddRow("report (60 measures × 12 months)", "warm docx, ms", report.WarmDocx.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture));
    table.AddRow("report (60 measures × 12 months)", "warm xlsx, ms", report.WarmXlsx.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture));
    table.AddRow("report (60 measures × 12 months)", "peak working set, MB", (report.PeakWorkingSetBytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture));
}

AnsiConsole.Write(table);
return 0;

static string Runs<T>(IEnumerable<T> runs, Func<T, double> figure, string format) =>
    string.Join(" ", runs.Select(r => figure(r).ToString(format, CultureInfo.InvariantCulture)));

static string RunsCpu(IEnumerable<ThroughputSample> runs) => string.Join(", ", runs.Select(r => Cpu(r.Cpu)));

static double Median(IReadOnlyList<double> values) => values.Order().ElementAt(values.Count / 2);

static string Cpu(CpuPerUnit cpu) =>
    $"{cpu.AzuriteMs.ToString("F2", CultureInfo.InvariantCulture)} / {cpu.ProcessMs.ToString("F2", CultureInfo.InvariantCulture)}";

static string Latency(LatencySummary l) =>
    string.Create(CultureInfo.InvariantCulture, $"{l.P50Ms:F1} / {l.P95Ms:F1} / {l.MaxMs:F1} (n={l.Count})");

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
}
