using System.Text.Json;
using ItaWorkflow.Workflow.Engine;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>
/// The one loop every case runs, whatever its definition. An episode either waits or acts, then continues as new:
/// <list type="bullet">
/// <item>waiting: receive the next <see cref="EventName"/> message, raced with a durable timer for the next wake-up
/// (on a virtual clock there is no timer: due wake-ups fire as soon as a <c>WakeUp</c> or a message's business time
/// moved the clock past them, before that message is decided);</item>
/// <item>acting: decide the received message with the definition version in the generation (<see cref="WorkflowStepper"/>),
/// run the decided commands as activities with retries (children first, then the rest in parallel), park what still
/// fails, record the step in the read model.</item>
/// </list>
/// Every episode ends with <c>ContinueAsNew</c> (keeping events that arrived meanwhile), so history holds one step, and
/// the version moves to the newest registered one only there: a changed transition table never replays a past step.
/// Orchestrators are not built from DI (the worker creates one per episode); the catalog and retry settings are handed
/// over when the tasks are registered (<see cref="DurableWorkflowServiceCollectionExtensions.AddWorkflowTasks"/>).
/// </summary>
public sealed partial class WorkflowOrchestrator(WorkflowCatalog catalog, DurableWorkflowOptions options)
    : TaskOrchestrator<WorkflowGeneration, WorkflowGeneration>
{
    /// <summary>The external event every message is raised as.</summary>
    public const string EventName = "workflow-event";

    public override async Task<WorkflowGeneration> RunAsync(TaskOrchestrationContext context, WorkflowGeneration input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        context.SetCustomStatus(WorkflowProgress.Of(input));
        WorkflowGeneration next;
        if (input.Pending is { EventType: WorkflowEventMessage.RetryParkedType })
        {
            next = await RetryParkedAsync(context, input with { Pending = null });
        }
        else if (input.Pending is { } pending)
        {
            next = await StepAsync(context, input, pending);
        }
        else if (input.IsFinished && input.Parked.Count == 0)
        {
            return input;
        }
        else
        {
            next = await ReceiveAsync(context, input);
        }

        if (next.StateJson is not null)
        {
            next = next with { Version = Math.Max(next.Version, catalog.Latest(next.Definition).Version) };
        }

        context.ContinueAsNew(next, preserveUnprocessedEvents: true);
        return next;
    }

    private static async Task<WorkflowGeneration> ReceiveAsync(TaskOrchestrationContext context, WorkflowGeneration generation)
    {
        if (generation.DueTimer is { } due)
        {
            return Fire(generation, due);
        }

        if (generation.Inbox.Count > 0)
        {
            return generation with { Pending = generation.Inbox[0], Inbox = [.. generation.Inbox.Skip(1)] };
        }

        if (generation.VirtualClock || generation.NextTimer is not { } timer)
        {
            return Received(generation, await context.WaitForExternalEvent<WorkflowEventMessage>(EventName));
        }

        // Cancel synchronously: CancelAsync runs the timer's cancellation off the orchestration thread and the episode hangs.
        using var cancel = new CancellationTokenSource();
        var raised = context.WaitForExternalEvent<WorkflowEventMessage>(EventName, cancel.Token);
        var fired = context.CreateTimer(timer.DueAt.UtcDateTime, cancel.Token);
        var winner = await Task.WhenAny(raised, fired);
        cancel.Cancel();
        return winner == fired ? Fire(generation, timer) : Received(generation, await raised);
    }

    private static WorkflowGeneration Fire(WorkflowGeneration generation, DurableTimer timer) => generation with
    {
        Timers = [.. generation.Timers.Where(t => t.TimerId != timer.TimerId)],
        Pending = WorkflowEventMessage.Fired(timer),
    };

    private static WorkflowGeneration Received(WorkflowGeneration generation, WorkflowEventMessage message)
    {
        var counted = generation with { Received = generation.Received + 1 };
        if (!generation.VirtualClock)
        {
            // On real time a wake-up changes nothing but the count.
            return message.EventType == WorkflowEventMessage.WakeUpType ? counted : counted with { Pending = message };
        }

        var moved = message.At is { } at && at > counted.Clock ? counted with { Clock = at } : counted;
        if (message.EventType == WorkflowEventMessage.WakeUpType)
        {
            return moved;
        }

        // Wake-ups due by the message's business time happened before it: they fire first, the message waits its turn.
        return moved.DueTimer is null && moved.Inbox.Count == 0
            ? moved with { Pending = message }
            : moved with { Inbox = [.. moved.Inbox, message] };
    }

    private async Task<WorkflowGeneration> StepAsync(TaskOrchestrationContext context, WorkflowGeneration generation, WorkflowEventMessage pending)
    {
        var now = TimeOf(context, generation, pending);
        var plan = WorkflowStepper.Step(catalog, context.InstanceId, generation, now);
        var parked = new List<ParkedWork>(plan.Next.Parked);
        // Children first, all at once, so raises to them find them; then the rest at once (a step's emails do not wait on each other).
        foreach (var wave in plan.Commands.GroupBy(c => c.Command is StartInstance).OrderByDescending(g => g.Key))
        {
            await Task.WhenAll(wave.Select(planned => RunOrParkAsync(
                context, ActivityFor(planned.Command), planned.CommandId,
                CommandWork.For(context.InstanceId, planned, generation.VirtualClock, now), parked, now)));
        }

        if (StepRecord.Of(context.InstanceId, plan, now) is { } record)
        {
            await RunOrParkAsync(context, nameof(RecordStepActivity), $"r{record.Sequence:D6}", record, parked, now);
        }

        return plan.Next with { Parked = parked };
    }

    private async Task<WorkflowGeneration> RetryParkedAsync(TaskOrchestrationContext context, WorkflowGeneration generation)
    {
        var now = TimeOf(context, generation, WorkflowEventMessage.RetryParked("admin"));
        var still = new List<ParkedWork>();
        foreach (var work in generation.Parked)
        {
            try
            {
                await context.CallActivityAsync(work.Activity, InputOf(work, generation, now), Retry);
                await TryAsync(context, nameof(UnparkWorkActivity), LetterId(context.InstanceId, work.Id));
            }
            catch (TaskFailedException e)
            {
                var again = work with { Error = e.FailureDetails.ErrorMessage, Rounds = work.Rounds + 1 };
                still.Add(again);
                await TryAsync(context, nameof(ParkWorkActivity), LetterOf(context.InstanceId, again, now));
            }
        }

        return generation with { Parked = still };
    }

    private async Task RunOrParkAsync(
        TaskOrchestrationContext context, string activity, string id, object input, List<ParkedWork> parked, DateTimeOffset now)
    {
        try
        {
            await context.CallActivityAsync(activity, input, Retry);
        }
        catch (TaskFailedException e)
        {
            var work = new ParkedWork(id, activity, JsonSerializer.Serialize(input, input.GetType(), EngineJson.Options), e.FailureDetails.ErrorMessage, 1);
            parked.Add(work);
            LogParked(context.CreateReplaySafeLogger<WorkflowOrchestrator>(), activity, id, context.InstanceId, work.Error);
            await TryAsync(context, nameof(ParkWorkActivity), LetterOf(context.InstanceId, work, now));
        }
    }

    // The dead-letter row only mirrors the generation, which is what retries read; failing to write it must not end the case.
    private async Task TryAsync(TaskOrchestrationContext context, string activity, object input)
    {
        try
        {
            await context.CallActivityAsync(activity, input, Retry);
        }
        catch (TaskFailedException e)
        {
            LogMirrorFailed(context.CreateReplaySafeLogger<WorkflowOrchestrator>(), activity, context.InstanceId, e.FailureDetails.ErrorMessage);
        }
    }

    private TaskOptions Retry
    {
        get
        {
            return TaskOptions.FromRetryPolicy(new RetryPolicy(
                options.ActivityAttempts, options.FirstRetryInterval, backoffCoefficient: 2, maxRetryInterval: options.MaxRetryInterval));
        }
    }

    /// <summary>
    /// The time a step is decided at. Virtual clock: a wake-up's due time, else the message's business time, never before
    /// the clock (time does not run backwards for a late message). Real time: the orchestration's clock, but never
    /// before a fired timer's due time (the backend may fire up to a second early).
    /// </summary>
    private static DateTimeOffset TimeOf(TaskOrchestrationContext context, WorkflowGeneration generation, WorkflowEventMessage message)
    {
        if (generation.VirtualClock)
        {
            return message.IsTimer && message.At is { } dueAt ? dueAt
                : message.At is { } at && at > generation.Clock ? at
                : generation.Clock;
        }

        var current = new DateTimeOffset(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));
        return message.IsTimer && message.At is { } due && due > current ? due : current;
    }

    private static string ActivityFor(WorkflowCommand command) => command switch
    {
        SendEmail => nameof(SendEmailActivity),
        StartInstance => nameof(StartInstanceActivity),
        RaiseEvent => nameof(RaiseEventActivity),
        CompileReport => nameof(CompileReportActivity),
        _ => throw new ArgumentException($"No activity runs {command.GetType().Name}.", nameof(command)),
    };

    private static object InputOf(ParkedWork work, WorkflowGeneration current, DateTimeOffset now) => work.Activity == nameof(RecordStepActivity)
        ? JsonSerializer.Deserialize<StepRecord>(work.InputJson, EngineJson.Options)!.WithIndexOf(current, now)
        : JsonSerializer.Deserialize<CommandWork>(work.InputJson, EngineJson.Options)!;

    private static DeadLetter LetterOf(string instanceId, ParkedWork work, DateTimeOffset now) => new(
        LetterId(instanceId, work.Id), instanceId, work.Id, work.Activity, work.Error, work.Rounds, now, work.InputJson);

    // The engine's dead-letter id for work of an instance (DeadLetterStore.IdFor with a row), written out because the
    // orchestrator must not reach the Guid branch of that method.
    private static string LetterId(string instanceId, string workId) => $"{instanceId}|{workId}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parked {Activity} {WorkId} of {InstanceId} after its retries: {Error}")]
    private static partial void LogParked(ILogger logger, string activity, string workId, string instanceId, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not mirror parked work with {Activity} for {InstanceId}: {Error}")]
    private static partial void LogMirrorFailed(ILogger logger, string activity, string instanceId, string error);
}
