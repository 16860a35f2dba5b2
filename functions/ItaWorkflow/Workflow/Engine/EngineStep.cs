namespace ItaWorkflow.Workflow.Engine;

/// <summary>The pure engine's answer: either a commit to write, or a result to return without writing.</summary>
public sealed record EngineStep(RaiseResult Result, InstanceCommit? Commit);
