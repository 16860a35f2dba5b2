using System.Diagnostics;
using System.Text.Json;
using ItaWorkflow.Domain;
using ItaWorkflow.Import;
using ItaWorkflow.Reports;
using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;
using Microsoft.Extensions.Time.Testing;

namespace ItaWorkflow.Simulation;

/// <summary>
/// Runs plans for a whole fiscal year with the app's workflow on a virtual clock and simulated people, then collects
/// the outcome, downloads both rounds' reports and writes summary.json. The clock moves from wake-up to wake-up
/// (<see cref="WorkflowDriver"/>); at each stop the people act. A run on storage that already holds a simulation
/// resumes it at the stop it had reached.
/// </summary>
public static class Simulator
{
    /// <summary>Days after the fiscal year end the simulation runs on, so the 12-month report gets published.</summary>
    public const int DaysAfterYearEnd = 60;

    /// <summary>How many cases' outcomes are read at once at the end (keeps storage busy between round trips).</summary>
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
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(settings);
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
        await using var host = await SimulationHost.StartAsync(settings, time, ledger, configure, cancellationToken);
        var clockStore = new SimulationClockStore(host.Storage);
        await clockStore.EnsureCreatedAsync(cancellationToken);
        var saved = await clockStore.ReadAsync(cancellationToken);
        var office = new SimulatedOffice(host.Client, time, settings.Seed);
        var total = (until - start).TotalSeconds;
        double Fraction(DateTimeOffset now) => Math.Clamp((now - start).TotalSeconds / total, 0, 1);

        var stops = 0;
        var moves = 0;
        async Task ActAsync(DateTimeOffset at, CancellationToken token)
        {
            // Saved before the people act: a run killed from here on acts again at this stop (see SimulatedOffice).
            await clockStore.SaveAsync(at, token);
            var raised = await office.ActAsync(districts, token);
            stops++;
            progress?.Invoke(new SimulationProgress(Acted, raised, at, Fraction(at)));
        }

        void SetClock(DateTimeOffset at)
        {
            if (at > time.GetUtcNow())
            {
                time.SetUtcNow(at);
                progress?.Invoke(new SimulationProgress(Moved, ++moves, at, Fraction(at)));
            }
        }

        if (saved is null)
        {
            await clockStore.SaveAsync(start, cancellationToken);
        }

        foreach (var district in districts)
        {
            await host.Client.StartAsync(
                PlanWorkflow.DefinitionName,
                PlanWorkflow.InstanceIdFor(district, plan.FiscalYear),
                new PlanInput(plan with { District = district }, calendar, ReportSchedule.Default),
                "simulator",
                cancellationToken);
        }

        // The plans' measures start in the background: the people act once every case has caught up.
        var position = saved is null ? start : await ResumePositionAsync(host, saved.Value, cancellationToken);
        SetClock(position);
        await host.Driver.SettleAsync(cancellationToken);
        await ActAsync(position, cancellationToken);
        await host.Driver.RunUntilAsync(until, SetClock, ActAsync, cancellationToken);

        var outcomes = new List<DistrictOutcome>();
        var parked = 0;
        foreach (var district in districts)
        {
            var (outcome, districtParked) = await CollectAsync(host, district, plan.FiscalYear, request.OutputDirectory, cancellationToken);
            outcomes.Add(outcome);
            parked += districtParked;
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
            stops,
            outcomes.Sum(d => (long)d.PlanTransitions + d.Measures.Sum(m => m.Transitions)),
            executions.Count,
            ledger.Duplicates,
            executions.GroupBy(e => e.Template).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            outcomes.Sum(d => d.PublishedReports.Count),
            operations.Count,
            parked,
            wall.Elapsed.TotalSeconds,
            outcomes);
        if (request.OutputDirectory is { } directory)
        {
            await File.WriteAllTextAsync(Path.Combine(directory, "summary.json"), JsonSerializer.Serialize(summary, PlanJson.Indented), cancellationToken);
        }

        return summary;
    }

    /// <summary>
    /// Where a killed run stopped: the saved stop, or a later one whose wake-ups the killed run had already sent before
    /// it saved (the cases' own clocks show it). Cases still due there are woken first, as the killed run would have.
    /// </summary>
    private static async Task<DateTimeOffset> ResumePositionAsync(SimulationHost host, DateTimeOffset saved, CancellationToken cancellationToken)
    {
        var cases = await host.Driver.SettleAsync(cancellationToken);
        var position = cases.Values.Where(c => c.VirtualClock).Select(c => c.Clock).Append(saved).Max();
        var due = cases
            .Where(c => c.Value.VirtualClock && (!c.Value.IsFinished || c.Value.Parked.Count > 0) && c.Value.NextTimer?.DueAt <= position)
            .Select(c => c.Key)
            .ToList();
        if (due.Count > 0)
        {
            var workflows = host.Get<DurableWorkflowClient>();
            await Task.WhenAll(due.Select(id => workflows.WakeUpAsync(id, position, cancellationToken)));
            await host.Driver.SettleAsync(cancellationToken);
        }

        return position;
    }

    private static async Task<(DistrictOutcome Outcome, int Parked)> CollectAsync(
        SimulationHost host, string district, int fiscalYear, string? outputDirectory, CancellationToken cancellationToken)
    {
        var planId = PlanWorkflow.InstanceIdFor(district, fiscalYear);
        var planStatus = await host.Client.GetStatusAsync(planId, true, cancellationToken)
            ?? throw new InvalidOperationException($"Plan case {planId} does not exist.");
        var planState = new PlanWorkflow().ReadState(planStatus.Instance.StateJson);
        var measureWorkflow = new MeasureWorkflow();
        var measures = new MeasureOutcome?[planState.MeasureInstanceIds.Count];
        var parked = planStatus.Parked.Count;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, measures.Length),
            new ParallelOptions { MaxDegreeOfParallelism = CollectParallelism, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var measureId = planState.MeasureInstanceIds[i];
                if (await host.Client.GetStatusAsync(measureId, true, token) is not { } status)
                {
                    return;
                }

                Interlocked.Add(ref parked, status.Parked.Count);
                var state = measureWorkflow.ReadState(status.Instance.StateJson);
                measures[i] = new MeasureOutcome(
                    measureId,
                    status.Instance.Status.ToString(),
                    status.Instance.Step,
                    [.. state.Progress.Where(p => p.Status == PeriodStatus.Approved).Select(p => p.Index)],
                    state.Progress.Count(p => p.Status == PeriodStatus.Missed),
                    status.History.Count(h => h.Type == nameof(ProgressApproved)),
                    status.History.Count(h => h.Type == nameof(ProgressReturned)),
                    status.History.Count);
            });

        var files = new List<string>();
        if (outputDirectory is not null)
        {
            var folder = Path.Combine(outputDirectory, district);
            Directory.CreateDirectory(folder);
            foreach (var blob in planState.Reports.SelectMany(r => new[] { r.DocxBlob, r.XlsxBlob }).OfType<string>())
            {
                await using var download = await host.Reports.OpenAsync(blob, cancellationToken);
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

        return (new DistrictOutcome(
            district,
            planId,
            planStatus.Instance.Status.ToString(),
            [.. planState.Reports.Where(r => r.Stage == ReportStage.Published).Select(r => r.Round.ToString())],
            files,
            planStatus.History.Count,
            [.. measures.OfType<MeasureOutcome>()]), parked);
    }
}
