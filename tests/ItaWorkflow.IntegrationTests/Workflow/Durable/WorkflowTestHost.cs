using System.Collections.Concurrent;
using ItaWorkflow.Directories;
using ItaWorkflow.Domain;
using ItaWorkflow.Durable.Hosting;
using ItaWorkflow.Notifications;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Notifications;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ItaWorkflow.Tests.Workflow.Durable;

/// <summary>
/// A host running <see cref="WorkflowOrchestrator"/> on the local Durable Task hub (Azurite), with the real notifier
/// (directory, signed links, <see cref="SendEmailHandler"/>) in front of an in-memory provider. A second host started
/// with the same <see cref="Place"/> continues the same hub and tables, as a restarted deployment does.
/// </summary>
public sealed class WorkflowTestHost : IAsyncDisposable
{
    private readonly IHost host;
    private readonly ConcurrentDictionary<string, long> raised = new(StringComparer.Ordinal);

    private WorkflowTestHost(IHost host, WorkflowTestPlace place)
    {
        this.host = host;
        Place = place;
    }

    public WorkflowTestPlace Place { get; }

    public DurableWorkflowClient Workflows => Get<DurableWorkflowClient>();

    public DurableTaskClient Client => Get<DurableTaskClient>();

    public MemoryEmailSender Mail => Get<MemoryEmailSender>();

    public T Get<T>() where T : notnull => host.Services.GetRequiredService<T>();

    public static WorkflowTestPlace NewPlace(Azurite azurite) =>
        new(azurite, $"w{Guid.NewGuid():N}"[..20], TestStorage.Options(azurite).Prefix);

    public static async Task<WorkflowTestHost> StartAsync(
        Azurite azurite, WorkflowCatalog? catalog = null, Action<IServiceCollection>? configure = null) =>
        await StartAsync(NewPlace(azurite), catalog, configure);

    /// <summary>Starts a host on <paramref name="place"/> deciding with <paramref name="catalog"/> (the current definitions by default).</summary>
    public static async Task<WorkflowTestHost> StartAsync(
        WorkflowTestPlace place, WorkflowCatalog? catalog = null, Action<IServiceCollection>? configure = null)
    {
        catalog ??= WorkflowCatalog.Default;
        var options = new LocalDurableTaskOptions
        {
            ConnectionString = place.Azurite.ConnectionString,
            TaskHubName = place.TaskHubName,
            PartitionCount = 1,
            MaxQueuePollingInterval = TimeSpan.FromMilliseconds(500),
            StatusPollingInterval = TimeSpan.FromMilliseconds(100),
            ShutdownTimeout = TimeSpan.FromSeconds(3),
        };
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var services = builder.Services;
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.Configure<StorageOptions>(o =>
        {
            o.ConnectionString = place.Azurite.ConnectionString;
            o.Prefix = place.StoragePrefix;
        });
        services.AddSingleton(sp => new MemoryEmailSender(TimeProvider.System));
        services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<MemoryEmailSender>());
        services.AddNotifications(NotifyTestSetup.Configuration());
        services.AddDurableWorkflow(catalog);
        var retries = new DurableWorkflowOptions { ActivityAttempts = 2, FirstRetryInterval = TimeSpan.FromMilliseconds(100) };
        services.AddLocalDurableTask(options, tasks => tasks.AddWorkflowTasks(catalog, retries));
        configure?.Invoke(services);
        var built = builder.Build();
        await built.Services.GetRequiredService<StorageClients>().EnsureCreatedAsync();
        await built.Services.GetRequiredService<IDirectoryStore>().SaveAsync(NotifyTestSetup.District, CancellationToken.None);
        await built.StartAsync(Patience);
        return new WorkflowTestHost(built, place);
    }

    /// <summary>Bounds every wait: a lost event or a hung case fails the test instead of hanging it.</summary>
    public static CancellationToken Patience => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    /// <summary>Starts the sample measure (fiscal year 2567, one division) on a virtual clock at the fiscal year's first day.</summary>
    public async Task<string> StartMeasureAsync(string measureId = "M01", params string[] divisions)
    {
        var input = SampleMeasures.Input(SampleMeasures.Measure(measureId, 1, divisions));
        var id = MeasureWorkflow.InstanceIdFor(input.District, input.FiscalYear, measureId);
        Assert.True(await Workflows.StartAsync(MeasureWorkflow.DefinitionName, id, input, "test", virtualClock: true, SampleMeasures.FiscalYearStart, Patience));
        return id;
    }

    /// <summary>
    /// Starts a plan of the sample district (fiscal year 2567) with one measure per id on a virtual clock at the fiscal
    /// year's first day, and waits until the plan has started its measures; returns the plan's and the measures' ids.
    /// </summary>
    public async Task<(string Plan, IReadOnlyList<string> Measures)> StartPlanAsync(string actor, params string[] measureIds)
    {
        var plan = new Plan("ทดสอบ", 2567, [.. measureIds.Select(m => SampleMeasures.Measure(m, 1, SampleMeasures.Registry))]);
        var planId = PlanWorkflow.InstanceIdFor(plan.District, plan.FiscalYear);
        Assert.True(await Workflows.StartAsync(
            PlanWorkflow.DefinitionName, planId, new PlanInput(plan, WorkflowCalendar.Default, ReportSchedule.Default), actor,
            virtualClock: true, SampleMeasures.FiscalYearStart, Patience));
        var measures = measureIds.Select(m => MeasureWorkflow.InstanceIdFor(plan.District, plan.FiscalYear, m)).ToList();
        foreach (var id in measures)
        {
            await WaitForAsync(id, g => g.StateJson is not null);
        }

        return (planId, measures);
    }

    /// <summary>
    /// Raises <paramref name="workflowEvent"/> at business time <paramref name="at"/> and waits until the case has decided
    /// it, as one person on a page waits for the answer before acting again: Durable Task keeps no order between events
    /// raised on one case at the same moment (an event buffered during a step is re-sent at <c>ContinueAsNew</c>).
    /// Raises run at once (<c>Task.WhenAll</c>) are decided in some order, each once.
    /// </summary>
    public async Task RaiseAsync(string instanceId, WorkflowEvent workflowEvent, DateTimeOffset at, string? key = null, string actor = NotifyTestSetup.RegistryMail)
    {
        await SendAsync(instanceId, WorkflowEventMessage.Of(workflowEvent, actor, key, at));
        await SettleAsync(instanceId);
    }

    /// <summary>Moves the case's virtual clock to <paramref name="at"/>.</summary>
    public Task WakeUpAsync(string instanceId, DateTimeOffset at) => SendAsync(instanceId, WorkflowEventMessage.WakeUp(at));

    public Task RetryParkedAsync(string instanceId) => SendAsync(instanceId, WorkflowEventMessage.RetryParked("admin@district.example"));

    /// <summary>Counts messages another host raised on the case before this one took over.</summary>
    public void Adopt(string instanceId, long received) => raised[instanceId] = received;

    /// <summary>Re-reads the case until <paramref name="condition"/> holds for its generation.</summary>
    public async Task<WorkflowGeneration> WaitForAsync(string instanceId, Func<WorkflowGeneration, bool> condition)
    {
        var patience = Patience;
        while (true)
        {
            if (await Workflows.GetAsync(instanceId, patience) is { } generation && condition(generation))
            {
                return generation;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), patience);
        }
    }

    /// <summary>
    /// Waits until the case has received everything this host raised on it and has settled (nothing being decided, no
    /// wake-up due), and returns its generation.
    /// </summary>
    public async Task<WorkflowGeneration> SettleAsync(string instanceId)
    {
        var expected = raised.GetValueOrDefault(instanceId);
        var patience = Patience;
        while (true)
        {
            var metadata = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, patience);
            if (metadata?.SerializedCustomStatus is not null
                && metadata.ReadCustomStatusAs<WorkflowProgress>() is { Settled: true } progress
                && progress.Received >= expected
                && (await Workflows.GetAsync(instanceId, patience)) is { } generation
                && generation.Received == progress.Received && generation.Pending is null)
            {
                return generation;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), patience);
        }
    }

    /// <summary>Template and recipient of every email logged for the case, in the order the steps decided them.</summary>
    public async Task<IReadOnlyList<(string Template, string To)>> EmailsAsync(string instanceId) =>
        [.. (await Get<EmailLog>().ForInstanceAsync(instanceId, Patience))
            .Where(r => r.Status == EmailStatus.Sent)
            .OrderBy(r => r.RowKey, StringComparer.Ordinal)
            .Select(r => (r.Template, r.Recipient))];

    public async Task StopAsync() => await host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }

    private async Task SendAsync(string instanceId, WorkflowEventMessage message)
    {
        raised.AddOrUpdate(instanceId, 1, (_, n) => n + 1);
        await Workflows.RaiseAsync(instanceId, message, Patience);
    }
}
