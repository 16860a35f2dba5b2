namespace ItaWorkflow.Workflow;

/// <summary>A case whose orchestration failed (a bug or corrupt state, not a failing activity: those are parked).</summary>
/// <param name="InstanceId">The case.</param>
/// <param name="Error">What the runtime recorded.</param>
/// <param name="FailedAt">When it failed.</param>
public sealed record FailedCase(string InstanceId, string Error, DateTimeOffset FailedAt);
