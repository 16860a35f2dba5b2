using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow.Engine;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Functions;

/// <summary>
/// Activity triggers of <see cref="WorkflowOrchestrator"/>, one per activity class, each created per execution from the
/// invocation's services as the local worker does. The isolated worker has no <see cref="DurableTaskClient"/> in DI: the
/// activities that start or raise get theirs from the durable client binding.
/// </summary>
public static class WorkflowActivityFunctions
{
    [Function(nameof(SendEmailActivity))]
    public static Task<string> SendEmail([ActivityTrigger] CommandWork input, string instanceId, FunctionContext function) =>
        RunAsync<SendEmailActivity, CommandWork, string>(Resolve<SendEmailActivity>(function), input, instanceId);

    [Function(nameof(CompileReportActivity))]
    public static Task<string> CompileReport([ActivityTrigger] CommandWork input, string instanceId, FunctionContext function) =>
        RunAsync<CompileReportActivity, CommandWork, string>(Resolve<CompileReportActivity>(function), input, instanceId);

    [Function(nameof(StartInstanceActivity))]
    public static Task<string> StartInstance(
        [ActivityTrigger] CommandWork input, string instanceId, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        RunAsync<StartInstanceActivity, CommandWork, string>(WithClient<StartInstanceActivity>(function, client), input, instanceId);

    [Function(nameof(RaiseEventActivity))]
    public static Task<string> RaiseEvent(
        [ActivityTrigger] CommandWork input, string instanceId, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        RunAsync<RaiseEventActivity, CommandWork, string>(WithClient<RaiseEventActivity>(function, client), input, instanceId);

    [Function(nameof(RecordStepActivity))]
    public static Task<long> RecordStep([ActivityTrigger] StepRecord input, string instanceId, FunctionContext function) =>
        RunAsync<RecordStepActivity, StepRecord, long>(Resolve<RecordStepActivity>(function), input, instanceId);

    [Function(nameof(ParkWorkActivity))]
    public static Task<string> ParkWork([ActivityTrigger] DeadLetter input, string instanceId, FunctionContext function) =>
        RunAsync<ParkWorkActivity, DeadLetter, string>(Resolve<ParkWorkActivity>(function), input, instanceId);

    [Function(nameof(UnparkWorkActivity))]
    public static Task<string> UnparkWork([ActivityTrigger] string input, string instanceId, FunctionContext function) =>
        RunAsync<UnparkWorkActivity, string, string>(Resolve<UnparkWorkActivity>(function), input, instanceId);

    private static TActivity Resolve<TActivity>(FunctionContext function)
        where TActivity : ITaskActivity =>
        ActivatorUtilities.GetServiceOrCreateInstance<TActivity>(function.InstanceServices);

    private static TActivity WithClient<TActivity>(FunctionContext function, DurableTaskClient client)
        where TActivity : ITaskActivity =>
        ActivatorUtilities.CreateInstance<TActivity>(
            function.InstanceServices, new DurableWorkflowClient(client, function.InstanceServices.GetRequiredService<WorkflowCatalog>(), function.InstanceServices.GetRequiredService<RaiseLedger>()));

    private static Task<TOutput> RunAsync<TActivity, TInput, TOutput>(TActivity activity, TInput input, string instanceId)
        where TActivity : TaskActivity<TInput, TOutput> =>
        activity.RunAsync(new FunctionActivityContext(typeof(TActivity).Name, instanceId), input);
}
