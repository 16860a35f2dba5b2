using System.Text.Json;
using ItaWorkflow.Domain;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Hosting;

/// <summary>
/// Loads the sample district plan (samples/sample-plan.json) into the current fiscal year when storage has
/// no plan for it yet, so a first local run has workflows to look at.
/// </summary>
public sealed partial class SamplePlanSeeder(WorkflowClient client, DistrictCalendars calendars, TimeProvider time, ILogger<SamplePlanSeeder> logger)
{
    /// <summary>Starts the sample plan unless it exists; returns the plan instance id.</summary>
    public async Task<string> SeedAsync(string planFile, CancellationToken cancellationToken)
    {
        var plan = JsonSerializer.Deserialize<Plan>(await File.ReadAllTextAsync(planFile, cancellationToken), EngineJson.Options)
            ?? throw new InvalidOperationException($"{planFile} holds no plan.");
        var fiscalYear = FiscalYear.Of(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        plan = plan with { FiscalYear = fiscalYear.BuddhistYear };
        var planId = PlanWorkflow.InstanceIdFor(plan.District, plan.FiscalYear);
        var outcome = await client.StartAsync(
            PlanWorkflow.DefinitionName, planId, new PlanInput(plan, calendars.For(plan.District), ReportSchedule.Default), "sample-loader", cancellationToken);
        if (outcome == StartOutcome.Started)
        {
            LogSeeded(planId, plan.Measures.Count);
        }

        return planId;
    }

    /// <summary>Finds a file of the repository's samples folder (sample-plan.json, directory.json) from the app's folder upwards.</summary>
    public static string? FindSampleFile(string name = "sample-plan.json")
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the sample plan {PlanInstanceId} with {Measures} measures")]
    private partial void LogSeeded(string planInstanceId, int measures);
}
