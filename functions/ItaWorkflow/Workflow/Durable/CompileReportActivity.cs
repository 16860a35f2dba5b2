using ItaWorkflow.Workflow.Engine;
using Microsoft.DurableTask;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>Compiles a plan's report through the registered <see cref="CompileReport"/> handler (fixed blob names per round).</summary>
public sealed class CompileReportActivity(IEnumerable<ICommandHandler> handlers) : TaskActivity<CommandWork, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, CommandWork input) =>
        CommandHandlerActivity.RunAsync<CompileReport>(handlers, input, CancellationToken.None);
}
