using ItaWorkflow.Workflow.Engine;
using Microsoft.DurableTask;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>Writes (or refreshes) the dead-letter row of parked work, keyed by instance and work id, for the admin page.</summary>
public sealed class ParkWorkActivity(DeadLetterStore letters) : TaskActivity<DeadLetter, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, DeadLetter input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await letters.ParkAsync(input, CancellationToken.None);
        return input.Id;
    }
}
