using DocumentFormat.OpenXml.Packaging;
using ItaWorkflow.Import;
using ItaWorkflow.Simulation;
using ItaWorkflow.Tests.Import;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Reports;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Tests.Simulation;

[Collection(AzuriteCollection.Name)]
public sealed class SimulatorTests(Azurite azurite)
{
    private const int Seed = 7;

    [Fact]
    public async Task Simulating_the_Pathum_Wan_plan_completes_every_measure_and_writes_valid_reports_of_both_rounds()
    {
        var (plan, error) = await SimulateCommand.LoadPlanAsync(Path.Combine(Seeds.Directory, Seeds.PathumWan), "ปทุมวัน", 2566, CancellationToken.None);
        Assert.True(plan is not null, error);
        var output = Directory.CreateTempSubdirectory("ita-sim-").FullName;
        var steps = new List<SimulationProgress>();

        var summary = await Simulator.RunAsync(
            new SimulationRequest(plan, 1, output), Settings(TestStorage.Options(azurite).Prefix), steps.Add);

        var district = Assert.Single(summary.DistrictOutcomes);
        Assert.Equal(("Completed", 11), (district.PlanStatus, district.Measures.Count));
        Assert.Equal(["FirstHalf", "FullYear"], district.PublishedReports);
        Assert.All(district.Measures, m => Assert.Equal(nameof(RuntimeStatus.Completed), m.Status));
        foreach (var measure in district.Measures)
        {
            // Silent periods are never approved, nor any of a measure without a responsible division (M02 names
            // none); every other period is approved exactly once.
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
        Assert.Equal((0, 0, 11, 2), (written.DuplicateEmails, written.FailedDeliveries, written.EmailsByTemplate["assignment"], written.ReportsPublished));
        Assert.Equal(district.Measures.Sum(m => m.ProgressReturnedEvents), written.EmailsByTemplate.GetValueOrDefault("returned"));
        Assert.True(written.StorageOperations > written.Transitions, $"{written.StorageOperations} storage operations for {written.Transitions} transitions");
        Assert.Equal(written.ClockSteps, steps.Count(s => s.Phase == Simulator.Acted));
        Assert.False(written.Resumed);
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

    private SimulationSettings Settings(string prefix) => new(azurite.ConnectionString, prefix, Seed, TimeSpan.FromSeconds(10));
}
