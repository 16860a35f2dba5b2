using ItaWorkflow.Reports;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Plans;

/// <summary>The ITA coordinator checked the report and sent it to the director.</summary>
public sealed record ReportForwarded(ReportRound Round, string Comment) : WorkflowEvent;
