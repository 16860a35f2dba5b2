using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using ItaWorkflow.Domain;
using ItaWorkflow.Simulation;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Bench;

/// <summary>
/// A simulated fiscal year (<see cref="Simulator"/>: the app's workflow on the local hub, virtual clock, simulated
/// people, emails counted) of districts × measures, then the storage a measure left: rows and approximate bytes per
/// measure in every table of the run (the hub's history and instances, the read model), the most history rows of one
/// generation (execution), and the storage reads of a measure's detail page.
/// </summary>
public static class YearBench
{
    private static readonly string[] Divisions = ["ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายโยธา", "ฝ่ายปกครอง", "ฝ่ายรายได้"];

    public static async Task RunAsync(AzuriteProcess azurite, int districts, int measuresPerDistrict, Figures figures)
    {
        var label = $"district year, {districts} × {measuresPerDistrict} measures";
        var prefix = "year" + Guid.NewGuid().ToString("N")[..8];
        using var azuriteProcess = Process.GetProcessById(azurite.ProcessId);
        var azuriteCpu = azuriteProcess.TotalProcessorTime;
        var selfCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var plan = new Plan("bench", 2567, [.. Enumerable.Range(1, measuresPerDistrict).Select(Measure)]);
        var request = new SimulationRequest(plan, districts, null);
        var summary = await Simulator.RunAsync(request, new SimulationSettings(azurite.ConnectionString, prefix, 1), p =>
        {
            if (p.Phase == Simulator.Moved && p.Step % 10 == 0)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{wall.Elapsed:mm\\:ss} stop {p.Step} at {p.Now:yyyy-MM-dd} ({p.Fraction:P0})"));
            }
        });
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        azuriteProcess.Refresh();
        var minutes = summary.WallSeconds / 60;
        figures.Add(label, "wall time", $"{minutes:F1} min ({summary.ClockSteps} clock stops)", $"< 15 min at 50 × 30: {(districts * measuresPerDistrict >= 1500 ? Figures.Met(minutes < 15) : "see text")}");
        figures.Add(label, "peak working set of the simulator", Figures.Mb(self.PeakWorkingSet64), $"< 500 MB: {Figures.Met(self.PeakWorkingSet64 < 500L * 1048576)}");
        figures.Add(label, "transitions; emails", $"{summary.Transitions:N0}; {summary.Emails:N0}");
        figures.Add(label, "duplicate emails; failed (parked) work", $"{summary.DuplicateEmails}; {summary.FailedDeliveries}", $"0, 0: {Figures.Met(summary.DuplicateEmails == 0 && summary.FailedDeliveries == 0)}");
        figures.Add(label, "storage requests per transition; CPU s Azurite / simulator",
            $"{(double)summary.StorageOperations / Math.Max(1, summary.Transitions):F1}; {(azuriteProcess.TotalProcessorTime - azuriteCpu).TotalSeconds:F0} / {(self.TotalProcessorTime - selfCpu).TotalSeconds:F0}");

        var measureIds = request.DistrictNames
            .SelectMany(d => plan.Measures.Select(m => MeasureWorkflow.InstanceIdFor(d, plan.FiscalYear, m.Id)))
            .ToHashSet(StringComparer.Ordinal);
        await StorageScaleAsync(azurite.ConnectionString, prefix, measureIds, $"storage after the year, {measureIds.Count} measures", figures);
        await DetailPageAsync(azurite.ConnectionString, prefix, [.. measureIds.Take(40)], figures);
    }

    // Two in three measures are followed up monthly, the rest every six months, spread over the divisions and indicators.
    private static Measure Measure(int i) => new(
        $"M{i:D2}", 1 + (i % 10), ["O30"], null, "ประเด็นที่ต้องปรับปรุง", $"มาตรการที่ {i}", "ผลผลิต", "การรับรู้", Deadline.None,
        [Divisions[i % Divisions.Length]], [], i % 3 == 0 ? FollowUpCadence.SemiAnnual : FollowUpCadence.Monthly, "bench");

    private static async Task StorageScaleAsync(string connectionString, string prefix, HashSet<string> measureIds, string label, Figures figures)
    {
        var service = new TableServiceClient(connectionString);
        await foreach (var table in service.QueryAsync())
        {
            if (!table.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rows = 0L;
            var bytes = 0L;
            var perGeneration = new Dictionary<(string, string), int>();
            await foreach (var entity in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                if (!measureIds.Contains(entity.PartitionKey))
                {
                    continue;
                }

                rows++;
                bytes += SizeOf(entity);
                if (entity.GetString("ExecutionId") is { } execution)
                {
                    var key = (entity.PartitionKey, execution);
                    perGeneration[key] = perGeneration.GetValueOrDefault(key) + 1;
                }
            }

            if (rows == 0)
            {
                continue;
            }

            var name = table.Name[prefix.Length..];
            var generation = perGeneration.Count == 0 ? "" : $"; generations kept {perGeneration.Count / (double)measureIds.Count:F1} per measure, most rows in one {perGeneration.Values.Max()}";
            var goal = name.EndsWith("History", StringComparison.OrdinalIgnoreCase) && perGeneration.Count > 0
                ? $"< 1,000 rows per generation: {Figures.Met(perGeneration.Values.Max() < 1000)}"
                : "";
            figures.Add(label, $"table {name}: rows, bytes per measure", $"{rows / (double)measureIds.Count:F1} rows, {bytes / (double)measureIds.Count / 1024:F1} KB{generation}", goal);
        }
    }

    /// <summary>Azure's entity size formula: 4 + keys in UTF-16 + per property 8 + name in UTF-16 + value.</summary>
    private static long SizeOf(TableEntity entity) =>
        4 + ((entity.PartitionKey.Length + entity.RowKey.Length) * 2) + entity.Keys
            .Where(k => k is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"))
            .Sum(k => 8 + (k.Length * 2) + entity[k] switch
            {
                string s => 4 + (s.Length * 2),
                byte[] b => 4 + b.Length,
                Guid => 16,
                _ => 8,
            });

    // The detail page reads the case with its history (InstanceDetailPage.ReadVisibleAsync); rendering adds no I/O.
    private static async Task DetailPageAsync(string connectionString, string prefix, IReadOnlyList<string> ids, Figures figures)
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(BenchHost.Start);
        await using var host = await SimulationHost.StartAsync(new SimulationSettings(connectionString, prefix, 1), time, new EmailLedger());
        var timings = new List<double>();
        var entries = 0;
        foreach (var id in ids)
        {
            var watch = Stopwatch.StartNew();
            var status = await host.Client.GetStatusAsync(id, includeHistory: true);
            timings.Add(watch.Elapsed.TotalMilliseconds);
            entries += status?.History.Count ?? 0;
        }

        figures.Add("storage after the year", "measure detail page reads (status + timeline), p50 / p95 / max",
            Figures.Latency(LatencySummary.From(timings.Skip(1))) + $", {entries / (double)ids.Count:F0} timeline entries per measure");
    }
}
