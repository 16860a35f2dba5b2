namespace ItaWorkflow.Workflow.Measures;

/// <summary>One follow-up period of a measure: the months it covers and the day progress is due.</summary>
public sealed record FollowUpPeriod(int Index, DateOnly Start, DateOnly End, DateOnly Due);
