namespace ItaWorkflow.Reports;

/// <summary>Which O30 report: the first half (รอบ ๖ เดือน, 1 Oct – 31 Mar) or the whole fiscal year (รอบ ๑๒ เดือน).</summary>
public enum ReportRound
{
    FirstHalf,
    FullYear,
}
