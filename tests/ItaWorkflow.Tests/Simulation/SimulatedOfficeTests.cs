using ItaWorkflow.Domain;
using ItaWorkflow.Simulation;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Tests.Simulation;

[Collection(AzuriteCollection.Name)]
public sealed class SimulatedOfficeTests(Azurite azurite)
{
    [Fact]
    public async Task Instances_that_did_not_change_since_the_office_last_saw_them_are_not_read_again()
    {
        await using var engine = await StartedPlanAsync();
        await engine.Office.ActAsync(["bench"]);
        await engine.Pump.DrainAsync();
        // The divisions acknowledged at the first stop; now every measure waits for a progress report not yet due.
        Assert.Equal(0, await engine.Office.ActAsync(["bench"]));
        var readsBefore = engine.Office.Reads;

        var raised = await engine.Office.ActAsync(["bench"]);

        Assert.Equal(0, raised);
        Assert.Equal(readsBefore, engine.Office.Reads);
    }

    [Fact]
    public async Task An_instance_changed_by_someone_else_is_read_again_and_acted_on()
    {
        await using var engine = await StartedPlanAsync();
        var measureId = (await engine.Client.ListAsync(new InstanceQuery(District: "bench"))).Items.Single(i => i.InstanceId.EndsWith("-M01", StringComparison.Ordinal)).InstanceId;
        await engine.Office.ActAsync(["bench"]);
        await engine.Pump.DrainAsync();
        await engine.Office.ActAsync(["bench"]);
        var readsBefore = engine.Office.Reads;

        // A division reports before the office's division would: the director should review it at the next stop.
        await engine.Client.RaiseEventAsync(measureId, new EventEnvelope(
            new ProgressSubmitted(0, "ฝ่ายทะเบียน", WorkStatus.InProgress, 10, "รายงาน", "", []), "clerk"));
        engine.Time.Advance(TimeSpan.FromMinutes(1));
        var raised = await engine.Office.ActAsync(["bench"]);

        Assert.Equal(1, raised);
        Assert.Equal(readsBefore + 1, engine.Office.Reads);
    }

    private Task<SimulationEngine> StartedPlanAsync() => SimulatedPlan.StartAsync(azurite, new EmailLedger());
}
