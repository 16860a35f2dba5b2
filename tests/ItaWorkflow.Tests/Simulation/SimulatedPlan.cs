using ItaWorkflow.Domain;
using ItaWorkflow.Simulation;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;
using Microsoft.Extensions.Time.Testing;

namespace ItaWorkflow.Tests.Simulation;

/// <summary>A simulation engine with a two-measure plan of district "bench" started and its start-up work drained.</summary>
public static class SimulatedPlan
{
    public const int FiscalYear = 2567;

    public static async Task<SimulationEngine> StartAsync(Azurite azurite, EmailLedger emails)
    {
        var calendar = WorkflowCalendar.Default;
        var time = new FakeTimeProvider(calendar.At(new FiscalYear(FiscalYear).Start, 0));
        var settings = new SimulationSettings(azurite.ConnectionString, TestStorage.Options(azurite).Prefix, 3, TimeSpan.FromSeconds(10));
        var engine = await SimulationEngine.CreateAsync(settings, time, emails);
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
