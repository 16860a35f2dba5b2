using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Measures;

/// <summary>The director returned a period's progress with a comment; the division revises.</summary>
public sealed record ProgressReturned(int Period, string Comment) : WorkflowEvent;
