using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Measures;

/// <summary>A division reported progress for a period (ผลการดำเนินการ, ปัญหา/อุปสรรค, หลักฐาน).</summary>
public sealed record ProgressSubmitted(
    int Period,
    string Division,
    WorkStatus Status,
    int Percent,
    string Result,
    string Problems,
    IReadOnlyList<Evidence> Evidence) : WorkflowEvent;
