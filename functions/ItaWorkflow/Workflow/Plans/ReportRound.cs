namespace ItaWorkflow.Workflow.Plans;

/// <summary>The two report rounds of a fiscal year: รอบ ๖ เดือน (Oct–Mar) and รอบ ๑๒ เดือน (Oct–Sep).</summary>
public enum ReportRound
{
    FirstHalf,
    FullYear,
}
