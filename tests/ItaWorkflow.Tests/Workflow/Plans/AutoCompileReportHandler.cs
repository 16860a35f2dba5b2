using ItaWorkflow.Workflow;
using ItaWorkflow.Reports;
using System.Text.Json;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Tests.Workflow.Plans;

/// <summary>Stands in for report generation in engine tests: answers CompileReport with ReportCompiled.</summary>
public sealed class AutoCompileReportHandler(WorkflowClient client) : ICommandHandler
{
    public Type CommandType => typeof(CompileReport);

    public async Task ExecuteAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var command = (CompileReport)entry.Command;
        var round = Enum.Parse<ReportRound>(command.Round);
        var compiled = new ReportCompiled(round, $"{round}.docx", $"{round}.xlsx", []);
        await client.RaiseEventAsync(
            command.PlanInstanceId, nameof(ReportCompiled), JsonSerializer.Serialize(compiled, EngineJson.Options), "reports", entry.Id, cancellationToken);
    }
}
