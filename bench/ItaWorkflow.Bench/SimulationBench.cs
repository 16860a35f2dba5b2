using System.Diagnostics;
using ItaWorkflow.Domain;
using ItaWorkflow.Simulation;

namespace ItaWorkflow.Bench;

/// <summary>
/// A whole fiscal year of <c>districts × measuresPerDistrict</c> measures through the simulator in-process (real engine,
/// fake clock, simulated people): wall time, transitions, emails, storage operations per transition, peak working set.
/// </summary>
public static class SimulationBench
{
    public static async Task<SimulationBenchResult> RunAsync(
        string connectionString, int districts = 50, int measuresPerDistrict = 30, int seed = 1, string? outputDirectory = null)
    {
        var plan = new Plan("bench", 2567, [.. Enumerable.Range(1, measuresPerDistrict).Select(Measure)]);
        var summary = await Simulator.RunAsync(
            new SimulationRequest(plan, districts, outputDirectory),
            new SimulationSettings(connectionString, "simb" + Guid.NewGuid().ToString("N")[..8], seed, TimeSpan.FromSeconds(30)));
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new SimulationBenchResult(
            districts,
            measuresPerDistrict,
            TimeSpan.FromSeconds(summary.WallSeconds),
            summary.ClockSteps,
            summary.Transitions,
            summary.Emails,
            summary.StorageOperations,
            summary.Transitions == 0 ? 0 : (double)summary.StorageOperations / summary.Transitions,
            process.PeakWorkingSet64);
    }

    // Two in three measures are followed up monthly, the rest every six months, spread over the divisions and indicators.
    private static Measure Measure(int i) => new(
        $"M{i:D2}", 1 + (i % 10), ["O30"], null, "ประเด็นที่ต้องปรับปรุง", $"มาตรการที่ {i}", "ผลผลิต", "การรับรู้", Deadline.None,
        [Divisions[i % Divisions.Length]], [], i % 3 == 0 ? FollowUpCadence.SemiAnnual : FollowUpCadence.Monthly, "bench");

    private static readonly string[] Divisions = ["ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายโยธา", "ฝ่ายปกครอง", "ฝ่ายรายได้"];
}
