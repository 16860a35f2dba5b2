namespace ItaWorkflow.Tests.Workflow.Durable;

public sealed record AlarmInput(int Seconds);
