using ItaWorkflow.Workflow.Engine;
using Microsoft.DurableTask;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>
/// Writes a step to the read model: timeline rows first, then the index row, so a list never shows a step whose
/// timeline is missing. Both are upserts keyed by instance and sequence, so a repeat writes the same rows.
/// </summary>
public sealed class RecordStepActivity(InstanceIndex index, CaseTimeline timeline) : TaskActivity<StepRecord, long>
{
    public override async Task<long> RunAsync(TaskActivityContext context, StepRecord input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await timeline.AppendAsync(input.InstanceId, input.Timeline, CancellationToken.None);
        await index.UpsertAsync(input.ToIndexRecord(), CancellationToken.None);
        return input.Sequence;
    }
}
