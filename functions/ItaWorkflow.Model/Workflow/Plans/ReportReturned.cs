using ItaWorkflow.Reports;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Plans;

/// <summary>The coordinator or director returned the report; it is compiled again from the latest approved progress.</summary>
public sealed record ReportReturned(ReportRound Round, string Comment) : WorkflowEvent;
