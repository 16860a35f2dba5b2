using Microsoft.DurableTask;

namespace ItaWorkflow.Bench;

/// <summary>
/// The throughput baseline: waits for the same one external event the workflow loop waits for and counts it, with the
/// same <c>ContinueAsNew(preserveUnprocessedEvents: true)</c> per event, but decides nothing and runs no activity.
/// </summary>
public sealed class BareOrchestrator : TaskOrchestrator<int, int>
{
    public const string EventName = "workflow-event";

    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        await context.WaitForExternalEvent<string>(EventName);
        context.ContinueAsNew(input + 1, preserveUnprocessedEvents: true);
        return input + 1;
    }
}
