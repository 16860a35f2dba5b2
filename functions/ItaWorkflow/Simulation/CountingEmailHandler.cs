using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Simulation;

/// <summary>
/// The simulator's SendEmail handler: records each execution in the ledger, then hands the command to the real
/// mail handler when one is given (none by default: the simulator sends no mail).
/// </summary>
public sealed class CountingEmailHandler(EmailLedger ledger, ICommandHandler? mail = null) : ICommandHandler
{
    // Counting alone keeps no ledger, so only a real mail handler (which keeps its own) makes the claim unneeded.
    public bool RequiresClaim => mail?.RequiresClaim ?? true;

    public Type CommandType => typeof(SendEmail);

    public async Task ExecuteAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (mail is not null)
        {
            await mail.ExecuteAsync(entry, cancellationToken);
        }

        ledger.Record(new EmailExecution(entry.Id, entry.InstanceId, ((SendEmail)entry.Command).Template));
    }
}
