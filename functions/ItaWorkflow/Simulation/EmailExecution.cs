namespace ItaWorkflow.Simulation;

/// <summary>One execution of a SendEmail command.</summary>
public sealed record EmailExecution(string OutboxId, string InstanceId, string Template);
