using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Simulation;

/// <summary>
/// The simulator's SendEmail handler: records each execution in the ledger under the command's deterministic id and
/// sends nothing, so an email run twice (after a kill) shows up as a duplicate.
/// </summary>
public sealed class CountingEmailHandler(EmailLedger ledger) : ICommandHandler
{
    public Type CommandType => typeof(SendEmail);

    public Task ExecuteAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ledger.Record(new EmailExecution(entry.Id, entry.InstanceId, ((SendEmail)entry.Command).Template));
        return Task.CompletedTask;
    }
}
