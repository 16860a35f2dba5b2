namespace ItaWorkflow.Workflow.Engine;

/// <summary>A row of the due-time index.</summary>
public sealed record DueTimer(TimerKind Kind, string InstanceId, string Id, string Purpose, DateTimeOffset DueAt);
