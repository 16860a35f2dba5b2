using ItaWorkflow.Domain;
using ItaWorkflow.Simulation;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;
using Microsoft.Extensions.Time.Testing;

namespace ItaWorkflow.Tests.Simulation;

[Collection(AzuriteCollection.Name)]
public sealed class SimulatedOfficeTests(Azurite azurite)
{
    private const int FiscalYear = 2567;

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

    private async Task<SimulationEngine> StartedPlanAsync()
    {
        var calendar = WorkflowCalendar.Default;
        var time = new FakeTimeProvider(calendar.At(new FiscalYear(FiscalYear).Start, 0));
        var settings = new SimulationSettings(azurite.ConnectionString, TestStorage.Options(azurite).Prefix, 3, TimeSpan.FromSeconds(10));
        var engine = await SimulationEngine.CreateAsync(settings, time, new EmailLedger());
        var plan = new Plan("bench", FiscalYear,
        [
            new Measure("M01", 1, ["O30"], null, "ประเด็น", "มาตรการที่ 1", "ผลผลิต", "การรับรู้", Deadline.None, ["ฝ่ายทะเบียน"], [], FollowUpCadence.Monthly, "test"),
            new Measure("M02", 2, ["O30"], null, "ประเด็น", "มาตรการที่ 2", "ผลผลิต", "การรับรู้", Deadline.None, ["ฝ่ายโยธา"], [], FollowUpCadence.Monthly, "test"),
        ]);
        await engine.Client.StartAsync(
            PlanWorkflow.DefinitionName, PlanWorkflow.InstanceIdFor("bench", FiscalYear), new PlanInput(plan, calendar, ReportSchedule.Default), "test");
        await engine.Pump.DrainAsync();
        return engine;
    }
}
