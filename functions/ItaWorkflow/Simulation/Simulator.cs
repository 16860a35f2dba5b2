using System.Diagnostics;
using System.Text.Json;
using ItaWorkflow.Domain;
using ItaWorkflow.Import;
using ItaWorkflow.Reports;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;
using Microsoft.Extensions.Time.Testing;

namespace ItaWorkflow.Simulation;

/// <summary>
/// Runs plans for a whole fiscal year on the real engine with a fake clock and simulated people, then collects the
/// outcome, downloads both rounds' reports and writes summary.json. Resumes from the clock position kept in storage.
/// Many districts are spread over several engines (<see cref="SimulationShards"/>).
/// </summary>
public static class Simulator
{
    /// <summary>Days after the fiscal year end the simulation runs on, so the 12-month report gets published.</summary>
    public const int DaysAfterYearEnd = 60;

    /// <summary>How many measures' outcomes are read at once at the end (keeps storage busy between round trips).</summary>
    public const int CollectParallelism = 8;

    /// <summary>Progress phase after the clock moved.</summary>
    public const string Moved = "step";

    /// <summary>Progress phase after the simulated people acted (Step holds how many events they raised).</summary>
    public const string Acted = "acted";

    public static async Task<SimulationSummary> RunAsync(
        SimulationRequest request,
        SimulationSettings settings,
        Action<SimulationProgress>? progress = null,
        Action<IServiceCollection>? configure = null,
        CancellationToken cancellationToken = default)
    {
        var wall = Stopwatch.StartNew();
        using var operations = new StorageOperationCounter();
        var plan = request.Plan;
        var calendar = WorkflowCalendar.Default;
        var fiscalYear = new FiscalYear(plan.FiscalYear);
        var start = calendar.At(fiscalYear.Start, 0);
        var until = calendar.At(fiscalYear.End.AddDays(DaysAfterYearEnd), 0);
        if (request.OutputDirectory is { } output)
        {
            Directory.CreateDirectory(output);
        }

        var ledger = new EmailLedger(request.OutputDirectory is null ? null : Path.Combine(request.OutputDirectory, "emails.tsv"));
        var time = new FakeTimeProvider(start);
        var districts = request.DistrictNames;
        await using var shards = await SimulationShards.CreateAsync(settings, time, ledger, districts, configure, cancellationToken);
        var clockStore = new SimulationClockStore(shards.First.Storage);
        await clockStore.EnsureCreatedAsync(cancellationToken);
        var saved = await clockStore.ReadAsync(cancellationToken);
        if (saved is { } resumeAt)
        {
            time.SetUtcNow(resumeAt);
            await shards.RepairKilledRunAsync(cancellationToken);
        }
        else
        {
            await clockStore.SaveAsync(start, cancellationToken);
        }

        foreach (var district in districts)
        {
            var copy = plan with { District = district };
            await shards.EngineOf(district).Client.StartAsync(
                PlanWorkflow.DefinitionName,
                PlanWorkflow.InstanceIdFor(district, plan.FiscalYear),
                new PlanInput(copy, calendar, ReportSchedule.Default),
                "simulator",
                cancellationToken);
        }

        var total = (until - start).TotalSeconds;
        var moves = 0;
        var steps = await shards.Clock.RunUntilAsync(
            until,
            async token =>
            {
                var raised = await shards.ActAsync(token);
                progress?.Invoke(new SimulationProgress(Acted, raised, time.GetUtcNow(), Math.Clamp((time.GetUtcNow() - start).TotalSeconds / total, 0, 1)));
            },
            async (now, token) =>
            {
                await clockStore.SaveAsync(now, token);
                progress?.Invoke(new SimulationProgress(Moved, ++moves, now, Math.Clamp((now - start).TotalSeconds / total, 0, 1)));
            },
            cancellationToken);

        var outcomes = new List<DistrictOutcome>();
        var tallies = new Dictionary<SimulationEngine, HistoryTally>();
        foreach (var district in districts)
        {
            var engine = shards.EngineOf(district);
            if (!tallies.TryGetValue(engine, out var tally))
            {
                tallies[engine] = tally = await HistoryTally.ReadAsync(engine.Storage, cancellationToken);
            }

            outcomes.Add(await CollectAsync(engine, tally, district, plan.FiscalYear, request.OutputDirectory, cancellationToken));
        }

        var executions = ledger.Executions;
        var summary = new SimulationSummary(
            plan.FiscalYear,
            settings.Seed,
            districts.Count,
            plan.Measures.Count,
            start,
            time.GetUtcNow(),
            saved is not null,
            steps,
            outcomes.Sum(d => (long)d.PlanTransitions + d.Measures.Sum(m => m.Transitions)),
            executions.Count,
            ledger.Duplicates,
            executions.GroupBy(e => e.Template).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            outcomes.Sum(d => d.PublishedReports.Count),
            operations.Count,
            shards.Failures,
            wall.Elapsed.TotalSeconds,
            outcomes);
        if (request.OutputDirectory is { } directory)
        {
            await File.WriteAllTextAsync(Path.Combine(directory, "summary.json"), JsonSerializer.Serialize(summary, PlanJson.Indented), cancellationToken);
        }

        return summary;
    }

    private static async Task<DistrictOutcome> CollectAsync(
        SimulationEngine engine, HistoryTally history, string district, int fiscalYear, string? outputDirectory, CancellationToken cancellationToken)
    {
        var planId = PlanWorkflow.InstanceIdFor(district, fiscalYear);
        var planSnapshot = (await engine.Client.GetStatusAsync(planId, false, cancellationToken))?.Instance
            ?? throw new InvalidOperationException($"Plan instance {planId} does not exist.");
        var planState = new PlanWorkflow().ReadState(planSnapshot.StateJson);
        var measureWorkflow = new MeasureWorkflow();
        var measures = new MeasureOutcome?[planState.MeasureInstanceIds.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, measures.Length),
            new ParallelOptions { MaxDegreeOfParallelism = CollectParallelism, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var measureId = planState.MeasureInstanceIds[i];
                if ((await engine.Client.GetStatusAsync(measureId, false, token))?.Instance is not { } snapshot)
                {
                    return;
                }

                var (approved, returned, rows) = history.Of(measureId);
                var state = measureWorkflow.ReadState(snapshot.StateJson);
                measures[i] = new MeasureOutcome(
                    measureId,
                    snapshot.Status.ToString(),
                    snapshot.Step,
                    [.. state.Progress.Where(p => p.Status == PeriodStatus.Approved).Select(p => p.Index)],
                    state.Progress.Count(p => p.Status == PeriodStatus.Missed),
                    approved,
                    returned,
                    rows);
            });

        var files = new List<string>();
        if (outputDirectory is not null)
        {
            var folder = Path.Combine(outputDirectory, district);
            Directory.CreateDirectory(folder);
            foreach (var blob in planState.Reports.SelectMany(r => new[] { r.DocxBlob, r.XlsxBlob }).OfType<string>())
            {
                await using var download = await engine.Reports.OpenAsync(blob, cancellationToken);
                if (download is null)
                {
                    continue;
                }

                var path = Path.Combine(folder, download.FileName);
                await using (var file = File.Create(path))
                {
                    await download.Content.CopyToAsync(file, cancellationToken);
                }

                files.Add(Path.GetRelativePath(outputDirectory, path));
            }
        }

        return new DistrictOutcome(
            district,
            planId,
            planSnapshot.Status.ToString(),
            [.. planState.Reports.Where(r => r.Stage == ReportStage.Published).Select(r => r.Round.ToString())],
            files,
            history.Of(planId).Rows,
            [.. measures.OfType<MeasureOutcome>()]);
    }
}
