using ItaWorkflow.Workflow.Engine;
using Microsoft.DurableTask;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>
/// Sends a decided email through the registered <see cref="SendEmail"/> handler (the notifier). Runs at least once:
/// the handler keeps a per-recipient ledger keyed by the command id, so a repeat sends nothing twice.
/// </summary>
public sealed class SendEmailActivity(IEnumerable<ICommandHandler> handlers) : TaskActivity<CommandWork, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, CommandWork input) =>
        CommandHandlerActivity.RunAsync<SendEmail>(handlers, input, CancellationToken.None);
}
