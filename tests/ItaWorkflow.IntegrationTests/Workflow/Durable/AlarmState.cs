namespace ItaWorkflow.Tests.Workflow.Durable;

public sealed record AlarmState(DateTimeOffset StartedAt, DateTimeOffset DueAt, DateTimeOffset? RangAt);
