using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Measures;

/// <summary>An admin asked to send the current task's email (and its fresh link) again; nothing else changes.</summary>
public sealed record ResendRequested(string Reason) : WorkflowEvent;
