using ItaWorkflow.Reports;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Plans;

/// <summary>The director approved the report; it is published with this date.</summary>
public sealed record ReportApproved(ReportRound Round, string Comment) : WorkflowEvent;
