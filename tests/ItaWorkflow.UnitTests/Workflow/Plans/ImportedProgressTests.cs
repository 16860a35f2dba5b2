using System.Text;
using System.Text.Json;
using ItaWorkflow.Domain;
using ItaWorkflow.Import;
using ItaWorkflow.Tests.Import;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Tests.Workflow.Plans;

/// <summary>Results a progress report already stated travel from the import draft into each measure's workflow state.</summary>
public sealed class ImportedProgressTests
{
    [Fact]
    public void Imported_results_survive_storing_the_plan_and_activating_it_into_the_measures_state()
    {
        var draft = PlanImporter.Import(
            Encoding.UTF8.GetBytes(ProgressReportTests.Fixture("progress-report-6-months-fy2568.txt")), "report.txt", "หนองแขม", 2568).Draft!;
        var stored = JsonSerializer.Deserialize<Plan>(JsonSerializer.Serialize(draft, PlanJson.Options), PlanJson.Options)!;
        var context = new TransitionContext("หนองแขม-2568", new DateTimeOffset(2024, 10, 1, 9, 0, 0, TimeSpan.FromHours(7)), "coordinator");

        var activated = new PlanWorkflow().Start(new PlanInput(stored, WorkflowCalendar.Default, ReportSchedule.Default), context);
        var start = activated.Commands.OfType<StartInstance>().First();
        var measures = new MeasureWorkflow();
        var measureState = measures.Start(JsonSerializer.Deserialize<MeasureInput>(start.InputJson, EngineJson.Options)!, context with { InstanceId = start.InstanceId }).State!;
        var reloaded = measures.ReadState(JsonSerializer.Serialize(measureState, EngineJson.Options));

        var progress = reloaded.Measure.ReportedProgress!;
        Assert.True(progress.Imported);
        Assert.Equal(draft.Measures[0].ReportedProgress!.Result, progress.Result);
        Assert.Equal("เจ้าหน้าที่ติดภารกิจ", progress.Problems);
    }
}
