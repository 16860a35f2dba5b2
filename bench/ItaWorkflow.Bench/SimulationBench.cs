using System.Diagnostics;
using System.Globalization;
using ItaWorkflow.Domain;
using ItaWorkflow.Simulation;
using ItaWorkflow.Storage;

namespace ItaWorkflow.Bench;

/// <summary>
/// A whole fiscal year of <c>districts × measuresPerDistrict</c> measures through the simulator in-process (real engine,
/// fake clock, simulated people): wall time, transitions, emails, storage operations per transition and by kind, peak
/// working set of this process and of Azurite (summed over the Azurite processes the shards use in turn), processor
/// time of both. Writes the clock's progress to stderr.
/// </summary>
public static class SimulationBench
{
    public static async Task<SimulationBenchResult> RunAsync(
        IReadOnlyList<AzuriteProcess> azurites,
        int districts = 50,
        int measuresPerDistrict = 30,
        int districtsPerShard = SimulationSettings.DefaultDistrictsPerShard,
        int seed = 1,
        string? outputDirectory = null)
    {
        using var tally = new StorageCallTally();
        using var self = Process.GetCurrentProcess();
        var storage = azurites.Select(a => Process.GetProcessById(a.ProcessId)).ToList();
        var selfCpu = self.TotalProcessorTime;
        var storageCpu = storage.Sum(p => p.TotalProcessorTime.TotalSeconds);
        var wall = Stopwatch.StartNew();
        var plan = new Plan("bench", 2567, [.. Enumerable.Range(1, measuresPerDistrict).Select(Measure)]);
        var summary = await Simulator.RunAsync(
            new SimulationRequest(plan, districts, outputDirectory),
            new SimulationSettings(
                azurites[0].ConnectionString,
                "simb" + Guid.NewGuid().ToString("N")[..8],
                seed,
                TimeSpan.FromSeconds(30),
                DistrictsPerShard: districtsPerShard,
                ShardStorage: [.. azurites.Select(a => a.ConnectionString)]),
            p =>
            {
                if (p.Phase == Simulator.Moved && p.Step % 5 == 0)
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{wall.Elapsed:mm\\:ss} stop {p.Step} at {p.Now:yyyy-MM-dd} ({p.Fraction:P0})"));
                }
            });
        self.Refresh();
        storage.ForEach(p => p.Refresh());
        var storagePeak = storage.Sum(p => p.PeakWorkingSet64);
        var storageTime = TimeSpan.FromSeconds(storage.Sum(p => p.TotalProcessorTime.TotalSeconds) - storageCpu);
        storage.ForEach(p => p.Dispose());
        return new SimulationBenchResult(
            districts,
            measuresPerDistrict,
            TimeSpan.FromSeconds(summary.WallSeconds),
            summary.ClockSteps,
            summary.Transitions,
            summary.Emails,
            summary.StorageOperations,
            summary.Transitions == 0 ? 0 : (double)summary.StorageOperations / summary.Transitions,
            self.PeakWorkingSet64,
            storagePeak,
            self.TotalProcessorTime - selfCpu,
            storageTime,
            summary.DuplicateEmails,
            summary.FailedDeliveries,
            tally.Totals());
    }

    // Two in three measures are followed up monthly, the rest every six months, spread over the divisions and indicators.
    private static Measure Measure(int i) => new(
        $"M{i:D2}", 1 + (i % 10), ["O30"], null, "ประเด็นที่ต้องปรับปรุง", $"มาตรการที่ {i}", "ผลผลิต", "การรับรู้", Deadline.None,
        [Divisions[i % Divisions.Length]], [], i % 3 == 0 ? FollowUpCadence.SemiAnnual : FollowUpCadence.Monthly, "bench");

    private static readonly string[] Divisions = ["ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายโยธา", "ฝ่ายปกครอง", "ฝ่ายรายได้"];
}
