namespace ItaWorkflow.Reports;

/// <summary>A reviewer's decision on a report, read from the plan's history.</summary>
/// <param name="By">Who decided (the reviewer's address as their link recorded it).</param>
/// <param name="At">When.</param>
/// <param name="Comment">The comment given with it, possibly empty.</param>
public sealed record ReportDecision(string By, DateTimeOffset At, string Comment);
