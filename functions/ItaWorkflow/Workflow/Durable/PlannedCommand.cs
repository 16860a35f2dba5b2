using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>A command a step decided, with its deterministic id (step and position) that makes its activity idempotent.</summary>
public sealed record PlannedCommand(string CommandId, WorkflowCommand Command);
