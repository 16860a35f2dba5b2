using ItaWorkflow.Reports;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Plans;

/// <summary>The report of a round was compiled and stored; the coordinator reviews it next.</summary>
public sealed record ReportCompiled(ReportRound Round, string DocxBlob, string XlsxBlob, IReadOnlyList<string> MissingMeasures) : WorkflowEvent;
