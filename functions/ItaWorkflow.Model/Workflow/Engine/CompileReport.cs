namespace ItaWorkflow.Workflow.Engine;

/// <summary>Compile and store the semi-annual report of a plan for one round.</summary>
/// <param name="PlanInstanceId">The plan instance whose measures are reported.</param>
/// <param name="Round">Report round: <c>FirstHalf</c> or <c>FullYear</c>.</param>
public sealed record CompileReport(string PlanInstanceId, string Round) : WorkflowCommand;
