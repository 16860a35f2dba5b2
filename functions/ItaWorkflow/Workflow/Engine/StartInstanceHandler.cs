namespace ItaWorkflow.Workflow.Engine;

/// <summary>Starts a child instance; an id that already exists means an earlier attempt did it.</summary>
public sealed class StartInstanceHandler(WorkflowClient client) : ICommandHandler
{
    public bool RequiresClaim => false;

    public Type CommandType => typeof(StartInstance);

    public Task ExecuteAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var command = (StartInstance)entry.Command;
        return client.StartAsync(command.Definition, command.InstanceId, command.InputJson, entry.InstanceId, cancellationToken);
    }
}
