using DurableTask.Core;
using DurableTask.Core.History;
using DurableTask.Core.Query;
using ItaWorkflow.Durable.Hosting;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Core = DurableTask.Core;
using OrchestrationQuery = Microsoft.DurableTask.Client.OrchestrationQuery;
using PurgeResult = Microsoft.DurableTask.Client.PurgeResult;

namespace ItaWorkflow.Durable.Client;

/// <summary>
/// A <see cref="DurableTaskClient"/> straight on the Azure Storage backend (no sidecar): the client a local host and
/// the tests use, with the same contract as the gRPC client the Functions app gets.
/// </summary>
internal sealed class LocalDurableTaskClient(
    string name, LocalTaskHub hub, IOptionsMonitor<DurableTaskClientOptions> options) : DurableTaskClient(name)
{
    // Starting over an instance that is still live would silently replace it: refused unless the caller says otherwise.
    private static readonly OrchestrationRuntimeStatus[] LiveStatuses =
    [
        OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended,
    ];

    private DataConverter Converter => options.Get(Name).DataConverter;

    private DurableTask.AzureStorage.AzureStorageOrchestrationService Service => hub.Service;

    // The backend implements purging explicitly.
    private IOrchestrationServicePurgeClient PurgeClient => hub.Service;

    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName,
        object? input = null,
        StartOrchestrationOptions? options = null,
        CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var instance = new OrchestrationInstance
        {
            InstanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N"),
            ExecutionId = Guid.NewGuid().ToString("N"),
        };
        var started = new ExecutionStartedEvent(-1, Converter.Serialize(input))
        {
            Name = orchestratorName.Name,
            Version = options?.Version?.ToString() ?? string.Empty,
            OrchestrationInstance = instance,
            ScheduledStartTime = options?.StartAt?.UtcDateTime,
            Tags = options?.Tags?.ToDictionary(tag => tag.Key, tag => tag.Value),
        };
        var dedupe = (options?.DedupeStatuses is { Count: > 0 } statuses
                ? statuses.Select(status => Enum.Parse<OrchestrationRuntimeStatus>(status, ignoreCase: true))
                : LiveStatuses)
            .Select(status => status.ToCore())
            .ToArray();
        await Service.CreateTaskOrchestrationAsync(new TaskMessage { OrchestrationInstance = instance, Event = started }, dedupe);
        return instance.InstanceId;
    }

    public override Task RaiseEventAsync(
        string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new EventRaisedEvent(-1, Converter.Serialize(eventPayload)) { Name = eventName }, cancellation);

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionSuspendedEvent(-1, reason), cancellation);

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionResumedEvent(-1, reason), cancellation);

    public override Task TerminateInstanceAsync(
        string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        return Service.ForceTerminateTaskOrchestrationAsync(instanceId, Converter.Serialize(options?.Output));
    }

    public override async Task<OrchestrationMetadata?> GetInstancesAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var states = await Service.GetOrchestrationStateAsync(instanceId, allExecutions: false, fetchInput: getInputsAndOutputs);
        return states.FirstOrDefault() is { } state ? state.ToMetadata(Converter, getInputsAndOutputs) : null;
    }

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null) =>
        Pageable.Create(async (continuation, pageSize, cancellation) =>
        {
            var query = new Core.Query.OrchestrationQuery
            {
                RuntimeStatus = filter?.Statuses?.Select(status => status.ToCore()).ToList(),
                CreatedTimeFrom = filter?.CreatedFrom?.UtcDateTime,
                CreatedTimeTo = filter?.CreatedTo?.UtcDateTime,
                PageSize = pageSize ?? filter?.PageSize ?? OrchestrationQuery.DefaultPageSize,
                ContinuationToken = continuation ?? filter?.ContinuationToken,
                InstanceIdPrefix = filter?.InstanceIdPrefix,
                FetchInputsAndOutputs = filter?.FetchInputsAndOutputs ?? false,
            };
            OrchestrationQueryResult result = await Service.GetOrchestrationWithQueryAsync(query, cancellation);
            return new Page<OrchestrationMetadata>(
                result.OrchestrationState.Select(state => state.ToMetadata(Converter, query.FetchInputsAndOutputs)).ToList(),
                result.ContinuationToken);
        });

    public override async Task<OrchestrationMetadata> WaitForInstanceStartAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        while (true)
        {
            var metadata = await GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation)
                ?? throw new InvalidOperationException($"No orchestration instance '{instanceId}' exists.");
            if (metadata.RuntimeStatus != OrchestrationRuntimeStatus.Pending)
            {
                return metadata;
            }

            await Task.Delay(hub.Options.StatusPollingInterval, cancellation);
        }
    }

    public override async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        while (true)
        {
            var states = await Service.GetOrchestrationStateAsync(instanceId, allExecutions: false, fetchInput: getInputsAndOutputs);
            if (states.FirstOrDefault() is { } state && !state.OrchestrationStatus.IsLive())
            {
                return state.ToMetadata(Converter, getInputsAndOutputs);
            }

            await Task.Delay(hub.Options.StatusPollingInterval, cancellation);
        }
    }

    public override async Task<PurgeResult> PurgeInstanceAsync(
        string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        var metadata = await GetInstancesAsync(instanceId, cancellation: cancellation);
        if (metadata is null)
        {
            return new PurgeResult(0);
        }

        if (!metadata.IsCompleted)
        {
            throw new InvalidOperationException(
                $"Orchestration '{instanceId}' is {metadata.RuntimeStatus}; only finished instances can be purged.");
        }

        var result = await PurgeClient.PurgeInstanceStateAsync(instanceId);
        return new PurgeResult(result.DeletedInstanceCount);
    }

    public override async Task<PurgeResult> PurgeAllInstancesAsync(
        PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var coreFilter = new PurgeInstanceFilter(
            filter.CreatedFrom?.UtcDateTime ?? DateTime.MinValue,
            filter.CreatedTo?.UtcDateTime,
            filter.Statuses?.Select(status => status.ToCore()));
        var result = await PurgeClient.PurgeInstanceStateAsync(coreFilter);
        return new PurgeResult(result.DeletedInstanceCount);
    }

    public override async Task<string> RestartAsync(
        string instanceId, bool restartWithNewInstanceId = false, CancellationToken cancellation = default)
    {
        var metadata = await GetInstancesAsync(instanceId, getInputsAndOutputs: true, cancellation)
            ?? throw new ArgumentException($"No orchestration instance '{instanceId}' exists.", nameof(instanceId));
        if (!restartWithNewInstanceId && !metadata.IsCompleted)
        {
            throw new InvalidOperationException(
                $"Orchestration '{instanceId}' is {metadata.RuntimeStatus}; only a finished instance restarts under its own id.");
        }

        var instance = new OrchestrationInstance
        {
            InstanceId = restartWithNewInstanceId ? Guid.NewGuid().ToString("N") : instanceId,
            ExecutionId = Guid.NewGuid().ToString("N"),
        };
        // The stored input is already serialized: hand it over as it is.
        var started = new ExecutionStartedEvent(-1, metadata.SerializedInput)
        {
            Name = metadata.Name,
            OrchestrationInstance = instance,
        };
        await Service.CreateTaskOrchestrationAsync(
            new TaskMessage { OrchestrationInstance = instance, Event = started },
            LiveStatuses.Select(status => status.ToCore()).ToArray());
        return instance.InstanceId;
    }

    // The backend belongs to the host (LocalTaskHub), not to the client.
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task SendAsync(string instanceId, HistoryEvent historyEvent, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        // No execution id: the message goes to whatever execution is current, so an event raised while the
        // orchestration continues as new is carried over to the new execution, not dropped.
        return Service.SendTaskOrchestrationMessageAsync(new TaskMessage
        {
            OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId },
            Event = historyEvent,
        });
    }
}
