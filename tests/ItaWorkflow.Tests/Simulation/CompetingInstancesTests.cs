using System.Text.Json;
using ItaWorkflow.Hosting;
using ItaWorkflow.Simulation;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;
using Microsoft.Extensions.Time.Testing;

namespace ItaWorkflow.Tests.Simulation;

/// <summary>Two app instances on one storage prefix, both pumping the queue, ticking and acting at every stop.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CompetingInstancesTests(Azurite azurite)
{
    private const int Seed = 5;
    private const int FiscalYear = 2567;

    [Fact]
    public async Task Two_app_instances_sharing_storage_never_approve_a_period_twice_nor_send_an_email_twice()
    {
        var (plan, error) = await SimulateCommand.LoadPlanAsync(
            Path.Combine(Azurite.RepoRoot, "samples", "sample-plan.json"), null, FiscalYear, CancellationToken.None);
        Assert.True(plan is not null, error);
        var settings = new SimulationSettings(azurite.ConnectionString, TestStorage.Options(azurite).Prefix, Seed, TimeSpan.FromSeconds(30));
        var calendar = WorkflowCalendar.Default;
        var fiscalYear = new ItaWorkflow.Domain.FiscalYear(FiscalYear);
        var time = new FakeTimeProvider(calendar.At(fiscalYear.Start, 0));
        var emails = new EmailLedger();
        await using var first = await SimulationEngine.CreateAsync(settings, time, emails);
        await using var second = await SimulationEngine.CreateAsync(settings, time, emails);
        var planId = PlanWorkflow.InstanceIdFor(plan.District, FiscalYear);
        var starts = await Task.WhenAll(
            first.Client.StartAsync(PlanWorkflow.DefinitionName, planId, new PlanInput(plan, calendar, ReportSchedule.Default), "first"),
            second.Client.StartAsync(PlanWorkflow.DefinitionName, planId, new PlanInput(plan, calendar, ReportSchedule.Default), "second"));
        Assert.Equal([StartOutcome.Started, StartOutcome.AlreadyExists], starts.Order());
        var clock = new SimulationClock(
            time,
            first.Get<TimerStore>(),
            new BothTickers(first.Get<ITimerTicker>(), second.Get<ITimerTicker>()),
            async token => (await Task.WhenAll(first.Pump.DrainAsync(token), second.Pump.DrainAsync(token))).Sum());

        await clock.RunUntilAsync(
            calendar.At(fiscalYear.End.AddDays(Simulator.DaysAfterYearEnd), 0),
            token => Task.WhenAll(first.Office.ActAsync([plan.District], token), second.Office.ActAsync([plan.District], token)));

        var planStatus = (await first.Client.GetStatusAsync(planId, false))!;
        Assert.Equal(RuntimeStatus.Completed, planStatus.Instance.Status);
        var planState = new PlanWorkflow().ReadState(planStatus.Instance.StateJson);
        Assert.All(planState.Reports, r => Assert.Equal(ReportStage.Published, r.Stage));
        Assert.Equal(plan.Measures.Count, planState.MeasureInstanceIds.Count);
        foreach (var measureId in planState.MeasureInstanceIds)
        {
            var status = (await first.Client.GetStatusAsync(measureId, true))!;
            Assert.Equal(RuntimeStatus.Completed, status.Instance.Status);
            var approvedPeriods = status.History
                .Where(h => h.Type == nameof(ProgressApproved))
                .Select(h => JsonSerializer.Deserialize<ProgressApproved>(h.PayloadJson, EngineJson.Options)!.Period)
                .ToList();
            Assert.NotEmpty(approvedPeriods);
            Assert.Equal(approvedPeriods.Distinct(), approvedPeriods);
            Assert.Single(status.History, h => h.Type == nameof(MeasureCompleted));
        }

        Assert.NotEmpty(emails.Executions);
        Assert.Equal(0, emails.Duplicates);
    }

    private sealed class BothTickers(ITimerTicker first, ITimerTicker second) : ITimerTicker
    {
        public async Task<int> TickAsync(CancellationToken cancellationToken) =>
            (await Task.WhenAll(first.TickAsync(cancellationToken), second.TickAsync(cancellationToken))).Sum();
    }
}
