using ItaWorkflow.Workflow.Engine;
using Microsoft.DurableTask;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>Removes the dead-letter row of parked work that succeeded on a retry.</summary>
public sealed class UnparkWorkActivity(DeadLetterStore letters) : TaskActivity<string, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, string input)
    {
        await letters.RemoveAsync(input, CancellationToken.None);
        return input;
    }
}
