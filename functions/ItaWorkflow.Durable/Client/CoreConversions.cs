using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Core = DurableTask.Core;

namespace ItaWorkflow.Durable.Client;

/// <summary>Maps between DurableTask.Core's types and the Microsoft.DurableTask client's.</summary>
internal static class CoreConversions
{
    // Both enums carry the same numbers (the SDK's was defined from the core one).
    public static OrchestrationRuntimeStatus ToRuntimeStatus(this Core.OrchestrationStatus status) =>
        (OrchestrationRuntimeStatus)(int)status;

    public static Core.OrchestrationStatus ToCore(this OrchestrationRuntimeStatus status) =>
        (Core.OrchestrationStatus)(int)status;

    public static TaskFailureDetails? ToFailureDetails(this Core.FailureDetails? failure) =>
        failure is null
            ? null
            : new TaskFailureDetails(
                failure.ErrorType, failure.ErrorMessage, failure.StackTrace, failure.InnerFailure.ToFailureDetails(), null);

    public static OrchestrationMetadata ToMetadata(
        this Core.OrchestrationState state, DataConverter converter, bool withInputsAndOutputs) =>
        new(state.Name, state.OrchestrationInstance.InstanceId)
        {
            DataConverter = withInputsAndOutputs ? converter : null,
            RuntimeStatus = state.OrchestrationStatus.ToRuntimeStatus(),
            CreatedAt = state.CreatedTime,
            LastUpdatedAt = state.LastUpdatedTime,
            SerializedInput = withInputsAndOutputs ? state.Input : null,
            SerializedOutput = withInputsAndOutputs ? state.Output : null,
            SerializedCustomStatus = state.Status,
            FailureDetails = state.FailureDetails.ToFailureDetails(),
        };

    public static bool IsLive(this Core.OrchestrationStatus status) =>
        status is Core.OrchestrationStatus.Pending or Core.OrchestrationStatus.Running
            or Core.OrchestrationStatus.Suspended or Core.OrchestrationStatus.ContinuedAsNew;
}
