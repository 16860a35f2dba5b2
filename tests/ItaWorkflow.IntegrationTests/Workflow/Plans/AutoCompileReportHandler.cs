using ItaWorkflow.Workflow;
using ItaWorkflow.Reports;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Tests.Workflow.Plans;

/// <summary>Stands in for report generation in workflow tests: answers CompileReport with ReportCompiled.</summary>
public sealed class AutoCompileReportHandler(IWorkflowCases cases) : ICommandHandler
{
    public Type CommandType => typeof(CompileReport);

    public async Task ExecuteAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var command = (CompileReport)entry.Command;
        var round = Enum.Parse<ReportRound>(command.Round);
        var compiled = new ReportCompiled(round, $"{round}.docx", $"{round}.xlsx", []);
        // As the real handler does: raised without waiting (the plan is still running this step) at the step's time.
        await cases.RaiseAsync(command.PlanInstanceId, compiled, "reports", entry.Id, entry.CreatedAt, cancellationToken);
    }
}
