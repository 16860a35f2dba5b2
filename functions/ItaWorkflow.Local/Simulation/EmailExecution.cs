namespace ItaWorkflow.Simulation;

/// <summary>One execution of a SendEmail command; the command id is the case and its deterministic command id.</summary>
public sealed record EmailExecution(string CommandId, string InstanceId, string Template);
