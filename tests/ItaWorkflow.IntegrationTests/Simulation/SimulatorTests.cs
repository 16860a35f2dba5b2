using DocumentFormat.OpenXml.Packaging;
using ItaWorkflow.Import;
using ItaWorkflow.Simulation;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Reports;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Tests.Simulation;

[Collection(AzuriteCollection.Name)]
public sealed class SimulatorTests(Azurite azurite)
{
    private const int Seed = 7;

    [Fact]
    public async Task A_simulated_year_completes_every_measure_publishes_both_reports_and_sends_no_email_twice()
    {
        var plan = await SimulatedYear.PlanAsync();
        var output = Directory.CreateTempSubdirectory("ita-sim-").FullName;
        var steps = new List<SimulationProgress>();

        var summary = await Simulator.RunAsync(new SimulationRequest(plan, 1, output), Settings(), steps.Add);

        var district = Assert.Single(summary.DistrictOutcomes);
        Assert.Equal(("Completed", plan.Measures.Count), (district.PlanStatus, district.Measures.Count));
        Assert.Equal(["FirstHalf", "FullYear"], district.PublishedReports);
        Assert.All(district.Measures, m => Assert.Equal(nameof(RuntimeStatus.Completed), m.Status));
        foreach (var measure in district.Measures)
        {
            // Silent periods are never approved, nor any of a measure without a responsible division; every other
            // period is approved exactly once.
            var answered = plan.Measures.Single(m => measure.InstanceId.EndsWith("-" + m.Id, StringComparison.Ordinal)).Divisions.Count > 0;
            var expected = Enumerable.Range(0, measure.ApprovedPeriods.Count + measure.MissedPeriods)
                .Where(p => answered && SimulatedDecisions.Division(Seed, measure.InstanceId, p) != DivisionBehaviour.Silent);
            Assert.Equal(expected, measure.ApprovedPeriods);
            Assert.Equal(measure.ApprovedPeriods.Count, measure.ProgressApprovedEvents);
        }

        Assert.Equal(4, district.ReportFiles.Count);
        foreach (var file in district.ReportFiles.Select(f => Path.Combine(output, f)))
        {
            using OpenXmlPackage package = file.EndsWith(".docx", StringComparison.Ordinal)
                ? WordprocessingDocument.Open(file, false)
                : SpreadsheetDocument.Open(file, false);
            OpenXmlAssert.Valid(package);
        }

        var written = System.Text.Json.JsonSerializer.Deserialize<SimulationSummary>(await File.ReadAllTextAsync(Path.Combine(output, "summary.json")), PlanJson.Options)!;
        Assert.Equal(summary.Transitions, written.Transitions);
        Assert.Equal(district.PlanTransitions + district.Measures.Sum(m => m.Transitions), written.Transitions);
        Assert.Equal(written.Emails, written.EmailsByTemplate.Values.Sum());
        Assert.Equal(written.Emails, (await File.ReadAllLinesAsync(Path.Combine(output, "emails.tsv"))).Length);
        Assert.Equal(
            (0, 0, plan.Measures.Count, 2),
            (written.DuplicateEmails, written.FailedDeliveries, written.EmailsByTemplate["assignment"], written.ReportsPublished));
        Assert.Equal(district.Measures.Sum(m => m.ProgressReturnedEvents), written.EmailsByTemplate.GetValueOrDefault("returned"));
        Assert.True(written.StorageOperations > written.Transitions, $"{written.StorageOperations} storage operations for {written.Transitions} transitions");
        Assert.Equal(written.ClockSteps, steps.Count(s => s.Phase == Simulator.Acted));
        Assert.False(written.Resumed);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_outcome_twice()
    {
        var plan = await SimulatedYear.PlanAsync();

        var first = await Simulator.RunAsync(new SimulationRequest(plan, 1, null), Settings());
        var second = await Simulator.RunAsync(new SimulationRequest(plan, 1, null), Settings());

        Assert.Equal(SimulatedYear.FinalState(first), SimulatedYear.FinalState(second));
        Assert.Equal(first.EmailsByTemplate, second.EmailsByTemplate);
        Assert.Equal((first.Transitions, first.ClockSteps), (second.Transitions, second.ClockSteps));
    }

    [Fact]
    public async Task An_unreadable_plan_file_is_refused_in_Thai_and_English()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("ita-sim-").FullName, "plan.json");
        await File.WriteAllTextAsync(path, "{ not json");

        var (plan, error) = await SimulateCommand.LoadPlanAsync(path, null, 2567, CancellationToken.None);

        Assert.Null(plan);
        Assert.Contains("อ่านไฟล์แผน JSON ไม่ได้", error, StringComparison.Ordinal);
        Assert.Contains("Cannot read the plan JSON", error, StringComparison.Ordinal);
    }

    private SimulationSettings Settings() => new(azurite.ConnectionString, TestStorage.Options(azurite).Prefix, Seed);
}
