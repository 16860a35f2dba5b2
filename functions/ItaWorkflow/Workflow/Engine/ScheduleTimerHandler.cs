namespace ItaWorkflow.Workflow.Engine;

/// <summary>Puts a durable timer in the due-time index; an upsert, so repeats are harmless.</summary>
public sealed class ScheduleTimerHandler(TimerStore timers) : ICommandHandler
{
    public bool RequiresClaim => false;

    public Type CommandType => typeof(ScheduleTimer);

    public Task ExecuteAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var command = (ScheduleTimer)entry.Command;
        return timers.ScheduleAsync(
            new DueTimer(TimerKind.Workflow, entry.InstanceId, command.TimerId, command.Purpose, command.DueAt), cancellationToken);
    }
}
