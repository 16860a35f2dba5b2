using Microsoft.DurableTask;

namespace ItaWorkflow.Tests.Durable;

/// <summary>Greets through an activity: the smallest orchestration that crosses the activity queue.</summary>
internal sealed class GreetOrchestrator : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
        context.CallActivityAsync<string>(nameof(GreetActivity), input);
}

internal sealed class GreetActivity : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) =>
        Task.FromResult($"สวัสดี {input}");
}

internal sealed record TimerResult(DateTime StartedAt, DateTime FireAt, DateTime ResumedAt);

/// <summary>Waits on a durable timer due the given number of seconds after the orchestration's own clock.</summary>
internal sealed class TimerOrchestrator : TaskOrchestrator<int, TimerResult>
{
    public override async Task<TimerResult> RunAsync(TaskOrchestrationContext context, int input)
    {
        var startedAt = context.CurrentUtcDateTime;
        var fireAt = startedAt.AddSeconds(input);
        await context.CreateTimer(fireAt, CancellationToken.None);
        return new TimerResult(startedAt, fireAt, context.CurrentUtcDateTime);
    }
}

/// <summary>Waits for one "decision" event and returns it, showing where it is in its custom status.</summary>
internal sealed class ApprovalOrchestrator : TaskOrchestrator<string?, string>
{
    public const string DecisionEvent = "decision";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, string? input)
    {
        context.SetCustomStatus("รออนุมัติ");
        var decision = await context.WaitForExternalEvent<string>(DecisionEvent);
        context.SetCustomStatus("อนุมัติแล้ว");
        return decision;
    }
}

/// <summary>Runs <see cref="GreetOrchestrator"/> as a child under an instance id derived from its own.</summary>
internal sealed class ParentOrchestrator : TaskOrchestrator<string, string>
{
    public static string ChildIdOf(string parentId) => $"{parentId}:child";

    public override Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
        context.CallSubOrchestratorAsync<string>(
            nameof(GreetOrchestrator), input, new SubOrchestrationOptions { InstanceId = ChildIdOf(context.InstanceId) });
}

internal sealed record TallyState(int Expected, IReadOnlyList<int> Seen);

/// <summary>
/// An eternal loop in the shape the measure orchestrator will take: one event per episode, its command run as an
/// activity, then ContinueAsNew. Events that arrive while the activity runs are buffered in this episode and only
/// survive into the next one because ContinueAsNew is told to keep them.
/// </summary>
internal sealed class TallyOrchestrator : TaskOrchestrator<TallyState, TallyState>
{
    public const string TickEvent = "tick";

    public override async Task<TallyState> RunAsync(TaskOrchestrationContext context, TallyState input)
    {
        var tick = await context.WaitForExternalEvent<int>(TickEvent);
        var recorded = await context.CallActivityAsync<int>(nameof(RecordTickActivity), tick);
        var state = input with { Seen = [.. input.Seen, recorded] };
        context.SetCustomStatus(state.Seen.Count);
        if (state.Seen.Count >= state.Expected)
        {
            return state;
        }

        context.ContinueAsNew(state, preserveUnprocessedEvents: true);
        return state;
    }
}

internal sealed class RecordTickActivity : TaskActivity<int, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input);
}

/// <summary>Holds activities of <see cref="BlockedActivity"/> until the test releases them.</summary>
internal sealed class ActivityGate
{
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

internal sealed class BlockedActivity(ActivityGate gate) : TaskActivity<string, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, string input)
    {
        gate.Entered.TrySetResult();
        await gate.Release.Task;
        return input;
    }
}

internal sealed class BlockedOrchestrator : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
        context.CallActivityAsync<string>(nameof(BlockedActivity), input);
}
