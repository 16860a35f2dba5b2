using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>Runs a command through the engine's registered handler for its type, so both runtimes share one implementation.</summary>
internal static class CommandHandlerActivity
{
    public static async Task<string> RunAsync<TCommand>(IEnumerable<ICommandHandler> handlers, CommandWork work, CancellationToken cancellationToken)
        where TCommand : WorkflowCommand
    {
        var handler = handlers.LastOrDefault(h => h.CommandType == typeof(TCommand))
            ?? throw new InvalidOperationException($"No handler for {typeof(TCommand).Name} is registered.");
        await handler.ExecuteAsync(work.ToOutboxEntry(), cancellationToken);
        return work.CommandId;
    }
}
